package de.buergerkoffer.bundle.crypto;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipient;
import org.bouncycastle.jcajce.io.CipherInputStream;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.InputAEADDecryptor;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JceGenericKey;

/**
 * AES-256-GCM content encryption of CMS AuthEnvelopedData done by the JDK's own cipher instead of
 * Bouncy Castle's. Why: the JDK's AES-GCM runs on the CPU's AES and carry-less multiply
 * instructions and is an order of magnitude faster than Bouncy Castle's table-driven Java GCM
 * (measured in docs/benchmarks.md), while Bouncy Castle's CMS code cannot ask the JDK provider for
 * GCM by its object identifier. Bouncy Castle still builds the CMS structure, agrees and wraps the
 * content key; only the bulk cipher is swapped. The bytes on the wire are the same either way.
 */
final class JdkAesGcm {

  private static final int TAG_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final int SLICE_BYTES = 16 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private JdkAesGcm() {}

  /** A fresh key and nonce for one content encryption. */
  static OutputAEADEncryptor encryptor() throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256, RANDOM);
    SecretKey key = generator.generateKey();
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
    AlgorithmIdentifier algorithm =
        new AlgorithmIdentifier(CMSAlgorithm.AES256_GCM, new GCMParameters(nonce, TAG_BYTES));
    return new Encryptor(cipher, algorithm, key);
  }

  /** A key agreement recipient whose content decryption runs on the JDK's AES-GCM. */
  static JceKeyAgreeRecipient recipient(PrivateKey key) {
    return new Recipient(key);
  }

  private static final class Encryptor implements OutputAEADEncryptor {
    private final Cipher cipher;
    private final AlgorithmIdentifier algorithm;
    private final SecretKey key;
    private byte[] tag;

    Encryptor(Cipher cipher, AlgorithmIdentifier algorithm, SecretKey key) {
      this.cipher = cipher;
      this.algorithm = algorithm;
      this.key = key;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
      return algorithm;
    }

    @Override
    public GenericKey getKey() {
      return new JceGenericKey(algorithm, key);
    }

    @Override
    public OutputStream getAADStream() {
      return new AadStream(cipher);
    }

    @Override
    public byte[] getMAC() {
      return tag.clone();
    }

    @Override
    public OutputStream getOutputStream(OutputStream out) {
      return new FilterOutputStream(out) {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          // in slices, so the JIT sees many calls and compiles the AES/GHASH intrinsics
          for (int at = off; at < off + len; at += SLICE_BYTES) {
            byte[] part = cipher.update(b, at, Math.min(SLICE_BYTES, off + len - at));
            if (part != null) {
              out.write(part);
            }
          }
        }

        @Override
        public void close() throws IOException {
          // the JDK appends the tag to the last block; CMS carries it in its own field
          byte[] last;
          try {
            last = cipher.doFinal();
          } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM encryption failed", e);
          }
          out.write(last, 0, last.length - TAG_BYTES);
          tag = Arrays.copyOfRange(last, last.length - TAG_BYTES, last.length);
          out.close();
        }
      };
    }
  }

  private static final class Recipient extends JceKeyAgreeRecipient {

    Recipient(PrivateKey key) {
      super(key);
      setProvider(Pki.PROVIDER);
    }

    @Override
    public RecipientOperator getRecipientOperator(
        AlgorithmIdentifier keyEncryptionAlgorithm,
        AlgorithmIdentifier contentEncryptionAlgorithm,
        SubjectPublicKeyInfo senderPublicKey,
        ASN1OctetString userKeyingMaterial,
        byte[] encryptedContentKey)
        throws CMSException {
      if (!CMSAlgorithm.AES256_GCM.equals(contentEncryptionAlgorithm.getAlgorithm())) {
        throw new CMSException("content encryption must be AES-256-GCM");
      }
      Key key =
          extractSecretKey(
              keyEncryptionAlgorithm,
              contentEncryptionAlgorithm,
              senderPublicKey,
              userKeyingMaterial,
              encryptedContentKey);
      Cipher cipher;
      try {
        GCMParameters params =
            GCMParameters.getInstance(contentEncryptionAlgorithm.getParameters());
        cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
            Cipher.DECRYPT_MODE,
            new SecretKeySpec(key.getEncoded(), "AES"),
            new GCMParameterSpec(params.getIcvLen() * 8, params.getNonce()));
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new CMSException("cannot set up AES-GCM: " + e.getMessage(), e);
      }
      return new RecipientOperator(
          new InputAEADDecryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
              return contentEncryptionAlgorithm;
            }

            @Override
            public InputStream getInputStream(InputStream in) {
              return new CipherInputStream(in, cipher);
            }

            @Override
            public OutputStream getAADStream() {
              return new AadStream(cipher);
            }

            @Override
            public byte[] getMAC() {
              // the tag arrives behind the content in the input stream; the cipher checks it
              return new byte[0];
            }
          });
    }
  }

  /** Feeds additional authenticated data (authenticated attributes) into the cipher. */
  private static final class AadStream extends OutputStream {
    private final Cipher cipher;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    AadStream(Cipher cipher) {
      this.cipher = cipher;
    }

    @Override
    public void write(int b) {
      pending.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      pending.write(b, off, len);
    }

    @Override
    public void flush() {
      if (pending.size() > 0) {
        cipher.updateAAD(pending.toByteArray());
        pending.reset();
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
