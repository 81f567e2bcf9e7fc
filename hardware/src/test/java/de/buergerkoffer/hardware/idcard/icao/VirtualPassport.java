package de.buergerkoffer.hardware.idcard.icao;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.macs.ISO9797Alg3Mac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A BAC-only ICAO 9303 chip in test sources that plugs into vsmartcard's virtual reader: it
 * connects to pcscd's vpcd driver on localhost:35963 and speaks vpcd's socket protocol (every
 * message is a two-byte big-endian length and the bytes; one-byte messages are power off 0, power
 * on 1, reset 2, ATR 4; everything else is a command APDU answered by a response APDU).
 *
 * <p>Why not {@code vicc -t ePass}: vsmartcard 0.8's ePass type asks for the MRZ on the terminal
 * ({@code raw_input}, Python 2) and serves no signed SOD, so it can neither run unattended nor
 * exercise passive authentication. This chip implements BAC (ICAO 9303 part 11, 4.3) and secure
 * messaging with 3DES and retail MAC independently of JMRTD, serves EF.COM-less DG1/DG2/SOD from
 * the test, and can play a German ID card that refuses DG1 (SW 6982), a card without the eMRTD
 * application, and a card taken away after a number of commands. With {@link
 * #withChipAuthentication} and {@link #withTerminalAuthentication} it also plays an EAC chip
 * ({@link EacChip}): chip authentication with the DG14 key and new AES session keys, terminal
 * authentication against a test CVCA.
 */
final class VirtualPassport implements AutoCloseable {

  static final int VPCD_PORT = 35963;
  private static final byte[] AID = {(byte) 0xA0, 0, 0, 2, 0x47, 0x10, 0x01};
  private static final byte[] ATR = {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01};
  private static final int DG1 = 0x0101, DG2 = 0x0102, DG14 = 0x010E, CVCA = 0x011C, SOD = 0x011D;

  private final Map<Integer, byte[]> files = new HashMap<>();
  private final String mrzKeyInfo;
  private final SecureRandom random = new SecureRandom();
  private boolean refuseDg1;
  private boolean hasApplet = true;
  private int removeAfterSecureCommands = Integer.MAX_VALUE;
  private final AtomicInteger secureCommands = new AtomicInteger();

  private String can;
  private byte[] cardAccess;

  private Socket socket;
  private Thread thread;
  private byte[] rndIcc;
  private byte[] kEnc, kMac;
  private SecureChannel channel;
  private boolean appletSelected;
  private byte[] selected;
  private byte[] selectedPlain;
  private final Pace pace = new Pace();
  private EacChip eac;
  private byte[] chipId;
  private SecureChannel nextChannel;

  /**
   * @param documentNumber document number as in the MRZ (up to 9 characters)
   * @param birthYyMmDd birth date as in the MRZ
   * @param expiryYyMmDd expiry date as in the MRZ
   */
  VirtualPassport(
      String documentNumber,
      String birthYyMmDd,
      String expiryYyMmDd,
      byte[] dg1,
      byte[] dg2,
      byte[] sod) {
    String number = (documentNumber + "<<<<<<<<<").substring(0, 9);
    this.mrzKeyInfo =
        number
            + checkDigit(number)
            + birthYyMmDd
            + checkDigit(birthYyMmDd)
            + expiryYyMmDd
            + checkDigit(expiryYyMmDd);
    files.put(DG1, dg1);
    if (dg2 != null) {
      files.put(DG2, dg2);
    }
    files.put(SOD, sod);
  }

  /**
   * Offers PACE (ECDH generic mapping, AES-128, NIST P-256) in EF.CardAccess, with this CAN or the
   * MRZ data as password; BAC keeps working.
   */
  VirtualPassport withPace(String cardAccessNumber) {
    can = cardAccessNumber;
    cardAccess =
        new org.jmrtd.lds.CardAccessFile(
                java.util.List.of(
                    new org.jmrtd.lds.PACEInfo(
                        Pace.OID, 2, org.jmrtd.lds.PACEInfo.PARAM_ID_ECP_NIST_P256_R1)))
            .getEncoded();
    return this;
  }

  /**
   * Offers chip authentication: serves this DG14 (which the SOD must list) and answers with this
   * private key – a key that does not belong to DG14's public key plays a copied chip.
   */
  VirtualPassport withChipAuthentication(byte[] dg14, java.security.PrivateKey chipKey) {
    files.put(DG14, dg14);
    eac = new EacChip(chipKey);
    return this;
  }

  /**
   * Offers terminal authentication (after chip authentication) to terminals whose chain starts at
   * this CVCA; EF.CVCA names it, and certificates expired before {@code chipDate} are refused.
   */
  VirtualPassport withTerminalAuthentication(
      String cvcaReference, java.security.PublicKey cvcaKey, java.time.LocalDate chipDate) {
    files.put(CVCA, new org.jmrtd.lds.CVCAFile(cvcaReference, null).getEncoded());
    eac.trust(new EacChip.TrustPoint(cvcaReference, cvcaKey, chipDate));
    return this;
  }

  /** Whether a terminal authenticated itself in the last session. */
  boolean terminalAuthenticated() {
    return eac != null && eac.terminalAuthenticated();
  }

  /** Plays the German ID card: BAC works, DG1 answers "security status not satisfied". */
  VirtualPassport refusingDg1() {
    refuseDg1 = true;
    return this;
  }

  /** Plays a chip card without the eMRTD application (e.g. a bank card). */
  VirtualPassport withoutPassportApplication() {
    hasApplet = false;
    return this;
  }

  /** Takes the card off the reader when the n-th secure-messaging command arrives. */
  VirtualPassport removedAfterSecureCommands(int n) {
    removeAfterSecureCommands = n;
    return this;
  }

  /** Puts the card on the virtual reader (connects to vpcd). */
  void insert() throws IOException {
    socket = new Socket("localhost", VPCD_PORT);
    socket.setTcpNoDelay(true);
    thread = new Thread(this::serve, "virtual-passport");
    thread.setDaemon(true);
    thread.start();
  }

  /** Takes the card off the reader (disconnects). */
  void remove() {
    try {
      if (socket != null) {
        socket.close();
      }
      if (thread != null) {
        thread.join(5000);
      }
    } catch (IOException | InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    remove();
  }

  private void serve() {
    try (DataInputStream in = new DataInputStream(socket.getInputStream());
        DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
      while (true) {
        int length = in.readUnsignedShort();
        byte[] message = in.readNBytes(length);
        if (message.length < length) {
          return;
        }
        byte[] answer;
        if (length == 1) {
          switch (message[0]) {
            case 0, 1, 2 -> {
              reset();
              continue;
            }
            case 4 -> answer = ATR;
            default -> {
              continue;
            }
          }
        } else {
          if ((message[0] & 0x0C) == 0x0C
              && secureCommands.incrementAndGet() >= removeAfterSecureCommands) {
            socket.close();
            return;
          }
          answer = process(message);
        }
        out.writeShort(answer.length);
        out.write(answer);
        out.flush();
      }
    } catch (IOException | GeneralSecurityException e) {
      // card taken away
    }
  }

  private void reset() {
    rndIcc = null;
    channel = null;
    appletSelected = false;
    selected = null;
    selectedPlain = null;
    pace.reset();
    chipId = null;
    nextChannel = null;
    if (eac != null) {
      eac.reset();
    }
  }

  private byte[] process(byte[] apdu) throws GeneralSecurityException {
    if ((apdu[0] & 0x0C) == 0x0C) {
      return secure(apdu);
    }
    int ins = apdu[1] & 0xFF;
    int p1 = apdu[2] & 0xFF;
    byte[] data = commandData(apdu);
    switch (ins) {
      case 0xA4 -> {
        if (p1 == 0x04) {
          appletSelected = hasApplet && Arrays.equals(data, AID);
          return sw(appletSelected ? 0x9000 : 0x6A82);
        }
        if (fid(data) == 0x011C && cardAccess != null) {
          selectedPlain = cardAccess;
          return sw(0x9000);
        }
        return sw(fid(data) == 0x3F00 ? 0x9000 : appletSelected ? 0x6982 : 0x6A82);
      }
      case 0xB0 -> {
        if (selectedPlain == null) {
          return sw(appletSelected ? 0x6982 : 0x6986);
        }
        int offset = ((p1 & 0x7F) << 8) | (apdu[3] & 0xFF);
        int le = apdu.length == 5 ? ((apdu[4] & 0xFF) == 0 ? 256 : apdu[4] & 0xFF) : 256;
        int end = Math.min(selectedPlain.length, offset + le);
        return concat(Arrays.copyOfRange(selectedPlain, Math.min(offset, end), end), sw(0x9000));
      }
      case 0x22 -> {
        return sw(cardAccess != null && pace.setAt(data) ? 0x9000 : 0x6A80);
      }
      case 0x86 -> {
        return cardAccess == null ? sw(0x6D00) : generalAuthenticate(data);
      }
      case 0x84 -> {
        if (!appletSelected) {
          return sw(0x6985);
        }
        rndIcc = new byte[8];
        random.nextBytes(rndIcc);
        return concat(rndIcc, sw(0x9000));
      }
      case 0x82 -> {
        return externalAuthenticate(data);
      }
      default -> {
        return sw(appletSelected ? 0x6982 : 0x6D00);
      }
    }
  }

  /** PACE, chip side: the four GENERAL AUTHENTICATE steps (ICAO 9303 part 11, 4.4.3). */
  private byte[] generalAuthenticate(byte[] data) throws GeneralSecurityException {
    byte[] inner = Arrays.copyOfRange(data, 1 + berLength(data, 1)[1], data.length);
    int tag = inner.length == 0 ? 0x80 : inner[0] & 0xFF;
    byte[] value =
        inner.length == 0
            ? new byte[0]
            : Arrays.copyOfRange(inner, 1 + berLength(inner, 1)[1], inner.length);
    byte[] answer;
    switch (tag) {
      case 0x80 -> answer = tlv(0x80, pace.encryptedNonce(password()));
      case 0x81 -> answer = tlv(0x82, pace.map(value));
      case 0x83 -> answer = tlv(0x84, pace.agree(value));
      case 0x85 -> {
        byte[] token = pace.authenticate(value);
        if (token == null) {
          pace.reset();
          return sw(0x6300);
        }
        channel = new AesChannel(pace.ksEnc, pace.ksMac);
        chipId = pace.chipKeyX();
        answer = tlv(0x86, token);
      }
      default -> {
        return sw(0x6A80);
      }
    }
    return concat(tlv(0x7C, answer), sw(0x9000));
  }

  /** The PACE password: the CAN, or SHA-1 of the MRZ key data (ICAO 9303 part 11, 4.4.1). */
  private byte[] password() throws GeneralSecurityException {
    return pace.keyReference == 2
        ? can.getBytes(StandardCharsets.US_ASCII)
        : sha1(mrzKeyInfo.getBytes(StandardCharsets.US_ASCII));
  }

  /** BAC mutual authentication, chip side. */
  private byte[] externalAuthenticate(byte[] data) throws GeneralSecurityException {
    if (rndIcc == null || data.length != 40) {
      return sw(0x6985);
    }
    byte[] seed = Arrays.copyOf(sha1(mrzKeyInfo.getBytes(StandardCharsets.US_ASCII)), 16);
    kEnc = deriveKey(seed, 1);
    kMac = deriveKey(seed, 2);
    byte[] eIfd = Arrays.copyOf(data, 32);
    byte[] mIfd = Arrays.copyOfRange(data, 32, 40);
    if (!MessageDigest.isEqual(mac(kMac, pad(eIfd)), mIfd)) {
      rndIcc = null;
      return sw(0x6300);
    }
    byte[] plain = des(Cipher.DECRYPT_MODE, kEnc, eIfd);
    if (!Arrays.equals(Arrays.copyOfRange(plain, 8, 16), rndIcc)) {
      rndIcc = null;
      return sw(0x6300);
    }
    byte[] rndIfd = Arrays.copyOf(plain, 8);
    byte[] kIfd = Arrays.copyOfRange(plain, 16, 32);
    byte[] kIcc = new byte[16];
    random.nextBytes(kIcc);
    byte[] eIcc = des(Cipher.ENCRYPT_MODE, kEnc, concat(rndIcc, rndIfd, kIcc));
    byte[] mIcc = mac(kMac, pad(eIcc));
    byte[] sessionSeed = new byte[16];
    for (int i = 0; i < 16; i++) {
      sessionSeed[i] = (byte) (kIfd[i] ^ kIcc[i]);
    }
    long ssc = 0;
    for (int i = 4; i < 8; i++) {
      ssc = (ssc << 8) | (rndIcc[i] & 0xFF);
    }
    for (int i = 4; i < 8; i++) {
      ssc = (ssc << 8) | (rndIfd[i] & 0xFF);
    }
    channel = new DesChannel(deriveKey(sessionSeed, 1), deriveKey(sessionSeed, 2), ssc);
    // ID_PICC for terminal authentication after BAC: document number and its check digit
    chipId = mrzKeyInfo.substring(0, 10).getBytes(StandardCharsets.US_ASCII);
    return concat(eIcc, mIcc, sw(0x9000));
  }

  /** A secure-messaging command: check MAC, decrypt, run, encrypt and MAC the answer. */
  private byte[] secure(byte[] apdu) throws GeneralSecurityException {
    if (channel == null) {
      return sw(0x6988);
    }
    byte[] body = commandData(apdu);
    byte[] do87 = new byte[0], do97 = new byte[0], cc = null;
    for (int i = 0; i < body.length; ) {
      int tag = body[i] & 0xFF;
      int[] lengthAndSize = berLength(body, i + 1);
      int start = i + 1 + lengthAndSize[1];
      int end = start + lengthAndSize[0];
      byte[] whole = Arrays.copyOfRange(body, i, end);
      if (tag == 0x87) {
        do87 = whole;
      } else if (tag == 0x97) {
        do97 = whole;
      } else if (tag == 0x8E) {
        cc = Arrays.copyOfRange(body, start, end);
      }
      i = end;
    }
    channel.increment();
    byte[] header = channel.pad(new byte[] {0x0C, apdu[1], apdu[2], apdu[3]});
    byte[] expected = channel.mac(channel.pad(concat(channel.ssc(), header, do87, do97)));
    if (cc == null || !MessageDigest.isEqual(expected, cc)) {
      channel = null;
      return sw(0x6988);
    }
    byte[] data = new byte[0];
    if (do87.length > 0) {
      int[] l = berLength(do87, 1);
      byte[] encrypted = Arrays.copyOfRange(do87, 1 + l[1] + 1, do87.length);
      data = unpad(channel.decrypt(encrypted));
    }
    int le = 0;
    if (do97.length == 3) {
      le = do97[2] == 0 ? 256 : do97[2] & 0xFF;
    } else if (do97.length == 4) {
      le = ((do97[2] & 0xFF) << 8) | (do97[3] & 0xFF);
      le = le == 0 ? 65536 : le;
    }
    byte[][] result = plainInSession(apdu[1] & 0xFF, apdu[2] & 0xFF, apdu[3] & 0xFF, data, le);
    byte[] responseData = result[0];
    byte[] status = result[1];
    channel.increment();
    byte[] respDo87 = new byte[0];
    if (responseData.length > 0) {
      byte[] encrypted = channel.encrypt(channel.pad(responseData));
      respDo87 = tlv(0x87, concat(new byte[] {1}, encrypted));
    }
    byte[] do99 = tlv(0x99, status);
    byte[] mac = channel.mac(channel.pad(concat(channel.ssc(), respDo87, do99)));
    if (nextChannel != null) {
      // chip authentication: this answer still under the old keys, the next command under the new
      channel = nextChannel;
      nextChannel = null;
    }
    return concat(respDo87, do99, tlv(0x8E, mac), status);
  }

  private byte[][] plainInSession(int ins, int p1, int p2, byte[] data, int le)
      throws GeneralSecurityException {
    if (eac != null) {
      byte[][] answer = extendedAccessControl(ins, p1 << 8 | p2, data);
      if (answer != null) {
        return answer;
      }
    }
    if (ins == 0xA4 && p1 == 0x04) {
      appletSelected = hasApplet && Arrays.equals(data, AID);
      return new byte[][] {new byte[0], sw(appletSelected ? 0x9000 : 0x6A82)};
    }
    if (ins == 0xA4) {
      int fid = fid(data);
      if (refuseDg1 && fid == DG1) {
        selected = null;
        return new byte[][] {new byte[0], sw(0x6982)};
      }
      selected = files.get(fid);
      return new byte[][] {new byte[0], sw(selected == null ? 0x6A82 : 0x9000)};
    }
    if (ins == 0xB0) {
      if (selected == null) {
        return new byte[][] {new byte[0], sw(0x6986)};
      }
      int offset = ((p1 & 0x7F) << 8) | p2;
      if (offset > selected.length) {
        return new byte[][] {new byte[0], sw(0x6B00)};
      }
      int end = Math.min(selected.length, offset + le);
      return new byte[][] {Arrays.copyOfRange(selected, offset, end), sw(0x9000)};
    }
    return new byte[][] {new byte[0], sw(0x6D00)};
  }

  /** Chip and terminal authentication commands inside secure messaging; null for others. */
  private byte[][] extendedAccessControl(int ins, int p1p2, byte[] data)
      throws GeneralSecurityException {
    byte[] none = new byte[0];
    switch (ins) {
      case 0x22 -> {
        return switch (p1p2) {
          case 0x41A4 -> new byte[][] {none, sw(eac.setChipAuthenticationTemplate(data))};
          case 0x81B6 -> new byte[][] {none, sw(eac.setVerificationKey(data))};
          case 0x81A4 -> new byte[][] {none, sw(eac.setAuthenticationKey(data))};
          default -> null;
        };
      }
      case 0x86 -> {
        byte[][] keys = eac.chipAuthentication(data);
        if (keys == null) {
          return new byte[][] {none, sw(0x6A80)};
        }
        nextChannel = new AesChannel(keys[0], keys[1]);
        return new byte[][] {new byte[] {0x7C, 0x00}, sw(0x9000)};
      }
      case 0x2A -> {
        return p1p2 == 0x00BE ? new byte[][] {none, sw(eac.verifyCertificate(data))} : null;
      }
      case 0x84 -> {
        return new byte[][] {eac.challenge(), sw(0x9000)};
      }
      case 0x82 -> {
        return new byte[][] {none, sw(eac.externalAuthenticate(data, chipId))};
      }
      default -> {
        return null;
      }
    }
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static byte[] commandData(byte[] apdu) {
    if (apdu.length <= 5) {
      return new byte[0];
    }
    int lc = apdu[4] & 0xFF;
    if (lc == 0 && apdu.length > 7) {
      lc = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
      return Arrays.copyOfRange(apdu, 7, 7 + lc);
    }
    return Arrays.copyOfRange(apdu, 5, 5 + lc);
  }

  private static int fid(byte[] data) {
    return data.length == 2 ? ((data[0] & 0xFF) << 8) | (data[1] & 0xFF) : -1;
  }

  /** Returns {length, number of length bytes}. */
  private static int[] berLength(byte[] b, int at) {
    int first = b[at] & 0xFF;
    if (first < 0x80) {
      return new int[] {first, 1};
    }
    int n = first & 0x7F;
    int length = 0;
    for (int i = 1; i <= n; i++) {
      length = (length << 8) | (b[at + i] & 0xFF);
    }
    return new int[] {length, 1 + n};
  }

  static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    if (value.length < 0x80) {
      out.write(value.length);
    } else if (value.length < 0x100) {
      out.write(0x81);
      out.write(value.length);
    } else {
      out.write(0x82);
      out.write(value.length >> 8);
      out.write(value.length);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static byte[] sw(int sw) {
    return new byte[] {(byte) (sw >> 8), (byte) sw};
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** ISO/IEC 9797-1 padding method 2 to 8 bytes. */
  private static byte[] pad(byte[] in) {
    return pad(in, 8);
  }

  /** ISO/IEC 9797-1 padding method 2 to the block size. */
  static byte[] pad(byte[] in, int block) {
    byte[] out = Arrays.copyOf(in, (in.length / block + 1) * block);
    out[in.length] = (byte) 0x80;
    return out;
  }

  private static byte[] unpad(byte[] in) {
    int i = in.length - 1;
    while (i >= 0 && in[i] == 0) {
      i--;
    }
    return Arrays.copyOf(in, Math.max(i, 0));
  }

  private static byte[] sha1(byte[] in) throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-1").digest(in);
  }

  /** ICAO 9303 part 11, 9.7.1: K = first 16 bytes of SHA-1(seed || counter). */
  private static byte[] deriveKey(byte[] seed, int counter) throws GeneralSecurityException {
    return Arrays.copyOf(sha1(concat(seed, new byte[] {0, 0, 0, (byte) counter})), 16);
  }

  /** Two-key 3DES in CBC mode with a zero IV, on already padded data. */
  private static byte[] des(int mode, byte[] key16, byte[] data) throws GeneralSecurityException {
    byte[] key24 = concat(key16, Arrays.copyOf(key16, 8));
    Cipher cipher = Cipher.getInstance("DESede/CBC/NoPadding");
    cipher.init(mode, new SecretKeySpec(key24, "DESede"), new IvParameterSpec(new byte[8]));
    return cipher.doFinal(data);
  }

  /** Retail MAC (ISO/IEC 9797-1 MAC algorithm 3 with DES) over already padded data. */
  private static byte[] mac(byte[] key16, byte[] padded) {
    ISO9797Alg3Mac mac = new ISO9797Alg3Mac(new DESEngine());
    mac.init(new KeyParameter(key16));
    mac.update(padded, 0, padded.length);
    byte[] out = new byte[8];
    mac.doFinal(out, 0);
    return out;
  }

  static char checkDigit(String field) {
    int[] weights = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
      sum += value * weights[i % 3];
    }
    return (char) ('0' + sum % 10);
  }

  /** The secure-messaging keys and counter after BAC (3DES) or PACE (AES). */
  private interface SecureChannel {
    void increment();

    byte[] ssc();

    byte[] pad(byte[] in);

    byte[] encrypt(byte[] padded) throws GeneralSecurityException;

    byte[] decrypt(byte[] encrypted) throws GeneralSecurityException;

    byte[] mac(byte[] padded);
  }

  /** BAC: two-key 3DES-CBC with zero IV, retail MAC, 8-byte counter from the challenges. */
  private static final class DesChannel implements SecureChannel {
    private final byte[] enc, mac;
    private long ssc;

    DesChannel(byte[] enc, byte[] mac, long ssc) {
      this.enc = enc;
      this.mac = mac;
      this.ssc = ssc;
    }

    public void increment() {
      ssc++;
    }

    public byte[] ssc() {
      return java.nio.ByteBuffer.allocate(8).putLong(ssc).array();
    }

    public byte[] pad(byte[] in) {
      return VirtualPassport.pad(in, 8);
    }

    public byte[] encrypt(byte[] padded) throws GeneralSecurityException {
      return des(Cipher.ENCRYPT_MODE, enc, padded);
    }

    public byte[] decrypt(byte[] encrypted) throws GeneralSecurityException {
      return des(Cipher.DECRYPT_MODE, enc, encrypted);
    }

    public byte[] mac(byte[] padded) {
      return VirtualPassport.mac(mac, padded);
    }
  }

  /** PACE with AES: AES-CBC with IV = E(K_enc, SSC), CMAC truncated to 8 bytes, 16-byte SSC. */
  private static final class AesChannel implements SecureChannel {
    private final byte[] enc, mac;
    private long ssc;

    AesChannel(byte[] enc, byte[] mac) {
      this.enc = enc;
      this.mac = mac;
    }

    public void increment() {
      ssc++;
    }

    public byte[] ssc() {
      return java.nio.ByteBuffer.allocate(16).putLong(8, ssc).array();
    }

    public byte[] pad(byte[] in) {
      return VirtualPassport.pad(in, 16);
    }

    private byte[] iv() throws GeneralSecurityException {
      Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
      ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(enc, "AES"));
      return ecb.doFinal(ssc());
    }

    public byte[] encrypt(byte[] padded) throws GeneralSecurityException {
      return aes(Cipher.ENCRYPT_MODE, enc, iv(), padded);
    }

    public byte[] decrypt(byte[] encrypted) throws GeneralSecurityException {
      return aes(Cipher.DECRYPT_MODE, enc, iv(), encrypted);
    }

    public byte[] mac(byte[] padded) {
      return Arrays.copyOf(cmac(mac, padded), 8);
    }
  }

  /**
   * PACE chip side: ECDH generic mapping on NIST P-256 with AES-128
   * (id-PACE-ECDH-GM-AES-CBC-CMAC-128), written from ICAO 9303 part 11 with Bouncy Castle's
   * elliptic-curve arithmetic.
   */
  private static final class Pace {
    static final String OID = org.jmrtd.lds.SecurityInfo.ID_PACE_ECDH_GM_AES_CBC_CMAC_128;
    private static final org.bouncycastle.jce.spec.ECNamedCurveParameterSpec CURVE =
        org.bouncycastle.jce.ECNamedCurveTable.getParameterSpec("secp256r1");
    private final SecureRandom random = new SecureRandom();

    int keyReference;
    private byte[] nonce;
    private org.bouncycastle.math.ec.ECPoint mappedGenerator;
    private org.bouncycastle.math.ec.ECPoint terminalKey;
    private org.bouncycastle.math.ec.ECPoint chipKey;
    byte[] ksEnc, ksMac;

    void reset() {
      keyReference = 0;
      nonce = null;
      mappedGenerator = null;
      ksEnc = null;
      ksMac = null;
    }

    /** MSE:Set AT: 80 protocol OID, 83 password reference (1 = MRZ, 2 = CAN). */
    boolean setAt(byte[] data) {
      reset();
      for (int i = 0; i < data.length; ) {
        int tag = data[i] & 0xFF;
        int length = data[i + 1] & 0xFF;
        if (tag == 0x83) {
          keyReference = data[i + 2];
        }
        i += 2 + length;
      }
      return keyReference == 1 || keyReference == 2;
    }

    /** Step 1: z = E(K_pi, s) with K_pi = KDF(password, 3). */
    byte[] encryptedNonce(byte[] password) throws GeneralSecurityException {
      nonce = new byte[16];
      random.nextBytes(nonce);
      byte[] kPi = Arrays.copyOf(sha1(concat(password, new byte[] {0, 0, 0, 3})), 16);
      return aes(Cipher.ENCRYPT_MODE, kPi, new byte[16], nonce);
    }

    /** Step 2: generic mapping G~ = s * G + H with H = SK_map * PK_map(PCD). */
    byte[] map(byte[] terminalMappingKey) {
      BigInteger secret = randomScalar();
      var h = CURVE.getCurve().decodePoint(terminalMappingKey).multiply(secret);
      mappedGenerator = CURVE.getG().multiply(new BigInteger(1, nonce)).add(h).normalize();
      return CURVE.getG().multiply(secret).normalize().getEncoded(false);
    }

    /** Step 3: ephemeral keys on G~, K = x(SK * PK(PCD)), session keys KDF(K, 1) and KDF(K, 2). */
    byte[] agree(byte[] terminalEphemeralKey) throws GeneralSecurityException {
      BigInteger secret = randomScalar();
      terminalKey = CURVE.getCurve().decodePoint(terminalEphemeralKey).normalize();
      chipKey = mappedGenerator.multiply(secret).normalize();
      byte[] k = terminalKey.multiply(secret).normalize().getAffineXCoord().getEncoded();
      ksEnc = Arrays.copyOf(sha1(concat(k, new byte[] {0, 0, 0, 1})), 16);
      ksMac = Arrays.copyOf(sha1(concat(k, new byte[] {0, 0, 0, 2})), 16);
      return chipKey.getEncoded(false);
    }

    /** x coordinate of the chip's ephemeral key: ID_PICC for terminal authentication after PACE. */
    byte[] chipKeyX() {
      return chipKey.getAffineXCoord().getEncoded();
    }

    /** Step 4: checks the terminal's token, returns the chip's, or null when it does not match. */
    byte[] authenticate(byte[] terminalToken) {
      if (ksMac == null) {
        return null;
      }
      byte[] expected = Arrays.copyOf(cmac(ksMac, publicKeyObject(chipKey)), 8);
      if (!MessageDigest.isEqual(expected, terminalToken)) {
        return null;
      }
      return Arrays.copyOf(cmac(ksMac, publicKeyObject(terminalKey)), 8);
    }

    private static byte[] publicKeyObject(org.bouncycastle.math.ec.ECPoint point) {
      try {
        byte[] oid = new org.bouncycastle.asn1.ASN1ObjectIdentifier(OID).getEncoded();
        byte[] body = concat(oid, tlv(0x86, point.getEncoded(false)));
        byte[] inner = tlv(0x49, body);
        return concat(new byte[] {0x7F}, inner);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private BigInteger randomScalar() {
      BigInteger n = CURVE.getN();
      BigInteger k;
      do {
        k = new BigInteger(n.bitLength(), random);
      } while (k.signum() == 0 || k.compareTo(n) >= 0);
      return k;
    }
  }

  private static byte[] aes(int mode, byte[] key, byte[] iv, byte[] data)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    return cipher.doFinal(data);
  }

  private static byte[] cmac(byte[] key, byte[] data) {
    org.bouncycastle.crypto.macs.CMac mac =
        new org.bouncycastle.crypto.macs.CMac(
            org.bouncycastle.crypto.engines.AESEngine.newInstance());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[16];
    mac.doFinal(out, 0);
    return out;
  }
}
