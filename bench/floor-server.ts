/**
 * The floor: a raw `ws` server that relays every message it receives to every client, with
 * nothing else in the way (no parsing, no storage). Run as its own process; prints its port.
 */
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
wss.on('listening', () => {
  const address = wss.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : address}\n`);
});
wss.on('connection', (ws) => {
  ws.on('message', (data: Buffer) => {
    for (const client of wss.clients) client.send(data);
  });
});
process.on('SIGTERM', () => wss.close(() => process.exit(0)));
