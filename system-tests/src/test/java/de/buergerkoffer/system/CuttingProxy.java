package de.buergerkoffer.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on loopback between a kit and its broker, standing in for a rural mobile link: it
 * counts the bytes the kit sends (what goes over the air) and can cut every connection once a given
 * number of bytes has gone up, as a dropped link does.
 */
final class CuttingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int targetPort;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicLong upstream = new AtomicLong();
  private volatile long cutAt = Long.MAX_VALUE;

  CuttingProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  String url() {
    return "tcp://127.0.0.1:" + server.getLocalPort();
  }

  /** Bytes sent from clients towards the broker so far. */
  long upstreamBytes() {
    return upstream.get();
  }

  /** Cuts all connections once the upstream count passes {@code bytes}; once. */
  void cutWhenUpstreamReaches(long bytes) {
    cutAt = bytes;
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket broker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(client);
        open.add(broker);
        threads.execute(() -> pump(client, broker, true));
        threads.execute(() -> pump(broker, client, false));
      } catch (IOException e) {
        // closed, or the broker is down: the client sees a refused or closed connection
      }
    }
  }

  private void pump(Socket from, Socket to, boolean up) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        if (up && upstream.addAndGet(n) >= cutAt) {
          cutAt = Long.MAX_VALUE;
          cutAll();
        }
      }
    } catch (IOException e) {
      // a cut or a closed peer ends the pump
    } finally {
      close(from);
      close(to);
    }
  }

  private void cutAll() {
    open.forEach(CuttingProxy::close);
    open.clear();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    cutAll();
    threads.shutdownNow();
  }
}
