// nginx JavaScript (njs) for GET /health/ready: asks every service at once and answers
// 200 only when all four are ready, with each one's answer, like infra/gateway.mjs.
const services = ["ingest", "validation", "roster", "notification"]

async function aggregate(request) {
  const replies = await Promise.all(services.map((name) => askService(request, name)))
  const answers = {}
  let ready = true

  services.forEach((name, index) => {
    answers[name] = replies[index]
    ready = ready && replies[index].status === 200
  })

  request.headersOut["Content-Type"] = "application/json"
  const body = { status: ready ? "ready" : "unavailable", services: answers }
  request.return(ready ? 200 : 503, JSON.stringify(body))
}

async function askService(request, name) {
  try {
    const reply = await request.subrequest(`/_ready/${name}`)

    return { status: reply.status, answer: parseBody(reply.responseText) }
  } catch (error) {
    return { status: null, reason: String(error) }
  }
}

function parseBody(text) {
  try {
    return JSON.parse(text)
  } catch (_error) {
    return text
  }
}

export default { aggregate }
