import { expect, test } from "vitest"
import { LoginThrottle } from "../src/sftp/login-throttle.js"

const settings = { failureLimit: 3, windowMs: 15 * 60_000, delayStepMs: 500 }

function throttleAt(start: number) {
  const clock = { now: start }
  return { clock, throttle: new LoginThrottle(settings, () => clock.now) }
}

const address = "address 192.0.2.7"
const username = "user d-0123456789ab"

test("each counted failure makes the next answer wait one step longer", () => {
  const { throttle } = throttleAt(0)

  const verdicts = [throttle.assess([address, username])]
  throttle.recordFailure([address, username])
  verdicts.push(throttle.assess([address, username]))
  throttle.recordFailure([address, username])
  verdicts.push(throttle.assess([address, username]))

  expect(verdicts).toEqual([
    { locked: false, delayMs: 0 },
    { locked: false, delayMs: 500 },
    { locked: false, delayMs: 1000 },
  ])
})

test("the limit of failures locks the address and the username out for the window", () => {
  const { clock, throttle } = throttleAt(0)

  const locked = [1, 2, 3].map(() => throttle.recordFailure([address, username]))
  clock.now = settings.windowMs - 1
  const during = throttle.assess([address, "user d-ffffffffffff"])
  clock.now = settings.windowMs + 1
  const after = throttle.assess([address, username])

  expect(locked).toEqual([[], [], [address, username]])
  expect(during).toEqual({ locked: true, delayMs: 0 })
  expect(after).toEqual({ locked: false, delayMs: 0 })
})

test("a username tried from many addresses is locked out though no address is", () => {
  const { throttle } = throttleAt(0)

  for (const from of ["198.51.100.1", "198.51.100.2", "198.51.100.3"]) {
    throttle.recordFailure([`address ${from}`, username])
  }

  expect(throttle.assess(["address 198.51.100.4", username]).locked).toBe(true)
  expect(throttle.assess(["address 198.51.100.4", "user d-ffffffffffff"]).locked).toBe(
    false,
  )
})

test("failures older than the window no longer count", () => {
  const { clock, throttle } = throttleAt(0)

  throttle.recordFailure([address])
  throttle.recordFailure([address])
  clock.now = settings.windowMs + 1
  const locked = throttle.recordFailure([address])

  expect(locked).toEqual([])
  expect(throttle.assess([address])).toEqual({ locked: false, delayMs: 500 })
})
