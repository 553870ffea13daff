import { connect, createServer } from 'net';

/** A TCP port free on the loopback right now (for private servers started by fault tests). */
export async function portLibre(): Promise<number> {
  return new Promise((ok, ko) => {
    const s = createServer();
    s.on('error', ko);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** Whether something accepts TCP connections on this loopback port. */
export async function repond(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
}
