import Type from "typebox"

const endpointFields = {
  username: Type.String(),
  host: Type.String(),
  port: Type.Integer({ minimum: 1, maximum: 65535 }),
  folder: Type.Literal("/upload"),
  hostKeyFingerprint: Type.String(),
}

/** A district's SFTP settings, without any password. */
export const SftpCredentialsSchema = Type.Object({
  ...endpointFields,
  passwordSetAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  publicKeys: Type.Array(Type.String()),
})

/** The answer to a rotation: the only time a password is ever shown. */
export const RotatedPasswordSchema = Type.Object({
  ...endpointFields,
  password: Type.String(),
})

/** Most public keys one district may register. */
export const MaxPublicKeys = 20

/** The body of `PUT /v1/sftp/credentials/public-keys`. */
export const PublicKeysBodySchema = Type.Object(
  {
    publicKeys: Type.Array(Type.String({ minLength: 1, maxLength: 16_384 }), {
      maxItems: MaxPublicKeys,
    }),
  },
  { additionalProperties: false },
)
