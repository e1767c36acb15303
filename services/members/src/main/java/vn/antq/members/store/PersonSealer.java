package vn.antq.members.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.antq.members.domain.SensitiveData;
import vn.antq.members.protect.BlindIndex;
import vn.antq.members.protect.FieldCipher;
import vn.antq.members.protect.Sealed;

/**
 * A person's protected columns. Each ciphertext is bound to its province, person and field, so a
 * value copied to another row or column no longer opens.
 */
@Component
class PersonSealer {

  private static final int SENSITIVE_FORMAT = 1;

  private final FieldCipher cipher;
  private final BlindIndex index;

  PersonSealer(FieldCipher cipher, BlindIndex index) {
    this.cipher = cipher;
    this.index = index;
  }

  byte[] nationalIdHash(String province, String nationalId) {
    return index.of(province, nationalId);
  }

  Sealed sealNationalId(String province, UUID person, String nationalId) {
    return cipher.seal(nationalId.getBytes(StandardCharsets.UTF_8), context(province, person, "national_id"));
  }

  String openNationalId(String province, UUID person, Sealed sealed) {
    return new String(cipher.open(sealed, context(province, person, "national_id")), StandardCharsets.UTF_8);
  }

  Sealed sealSensitive(String province, UUID person, SensitiveData data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(SENSITIVE_FORMAT);
      out.writeUTF(data.ethnicity());
      out.writeUTF(data.religion());
      out.writeBoolean(data.reformedOffender());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cipher.seal(bytes.toByteArray(), context(province, person, "sensitive"));
  }

  SensitiveData openSensitive(String province, UUID person, Sealed sealed) {
    byte[] plain = cipher.open(sealed, context(province, person, "sensitive"));
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      if (in.readByte() != SENSITIVE_FORMAT) {
        throw new IllegalStateException("unknown format of sensitive data of person " + person);
      }
      return new SensitiveData(in.readUTF(), in.readUTF(), in.readBoolean());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String context(String province, UUID person, String field) {
    return "antq.members/person/" + province + "/" + person + "/" + field;
  }
}
