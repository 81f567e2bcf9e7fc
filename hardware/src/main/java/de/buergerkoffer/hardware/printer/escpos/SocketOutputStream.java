package de.buergerkoffer.hardware.printer.escpos;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/** The socket's output that, on close, half-closes and closes the socket after the last byte. */
final class SocketOutputStream extends OutputStream {
  private final Socket socket;
  private final OutputStream out;

  SocketOutputStream(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      out.flush();
      socket.shutdownOutput();
    } finally {
      socket.close();
    }
  }
}
