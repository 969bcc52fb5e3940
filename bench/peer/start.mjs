// Starts Platformatic DB on the benchmark's database: a generic REST API generated from the schema.
// Usage: node start.mjs <postgres-url> <port>
import { create } from '@platformatic/db'

const [connectionString, port] = process.argv.slice(2)
const app = await create(process.cwd(), {
  $schema: 'https://schemas.platformatic.dev/@platformatic/db/3.0.0.json',
  server: { hostname: '127.0.0.1', port: Number(port), logger: { level: 'warn' } },
  db: { connectionString, openapi: true, graphql: false, events: false, poolSize: 10 }
})
await app.init()
await app.start({ listen: true })
console.log(`platformatic db listening on ${port}`)
