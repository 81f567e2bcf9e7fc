package de.buergerkoffer.bundle.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

class NoDelaySocketsTest {

  @Test
  void aPlainSocketForMqttHasNagleSwitchedOff() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket socket = NoDelaySockets.plain().createSocket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));

      assertThat(socket.getTcpNoDelay()).isTrue();
    }
  }

  @Test
  void aTlsSocketForMqttHasNagleSwitchedOff() throws Exception {
    SSLSocketFactory tls = NoDelaySockets.tls(SSLContext.getDefault().getSocketFactory());
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket socket = tls.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {

      assertThat(socket.getTcpNoDelay()).isTrue();
    }
  }

  @Test
  void aTlsSocketLayeredOverAPlainOneHasNagleSwitchedOff() throws Exception {
    SSLSocketFactory tls = NoDelaySockets.tls(SSLContext.getDefault().getSocketFactory());
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket layered = tls.createSocket(plain, "localhost", server.getLocalPort(), true)) {

      assertThat(plain.getTcpNoDelay()).isTrue();
      assertThat(layered.getTcpNoDelay()).isTrue();
    }
  }
}
