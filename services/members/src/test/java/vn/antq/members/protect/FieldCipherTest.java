package vn.antq.members.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Keys rotate without losing data; a ciphertext opens only with its key and only where it belongs. */
class FieldCipherTest {

  private static final String K1 = key("first-key-of-thirty-two-bytes-!!");
  private static final String K2 = key("second-key-of-thirty-two-bytes!!");
  private static final String HERE = "antq.members/person/bac-lieu/1/national_id";

  @Test
  void aRotatedRingStillOpensOldValuesAndSealsNewOnesWithTheActiveKey() {
    FieldCipher before = new FieldCipher(KeyRing.parse("k1:" + K1, "k1"));
    Sealed old = before.seal(bytes("095178001234"), HERE);

    FieldCipher after = new FieldCipher(KeyRing.parse("k1:" + K1 + ", k2:" + K2, "k2"));
    assertThat(new String(after.open(old, HERE), StandardCharsets.UTF_8)).isEqualTo("095178001234");
    assertThat(old.keyId()).isEqualTo("k1");
    Sealed fresh = after.seal(bytes("095178001234"), HERE);
    assertThat(fresh.keyId()).isEqualTo("k2");
    assertThat(fresh.bytes()).isNotEqualTo(after.seal(bytes("095178001234"), HERE).bytes());

    FieldCipher withoutOldKey = new FieldCipher(KeyRing.parse("k2:" + K2, "k2"));
    assertThatIllegalStateException().isThrownBy(() -> withoutOldKey.open(old, HERE)).withMessageContaining("k1");
  }

  @Test
  void aValueMovedToAnotherRowOrAlteredDoesNotOpen() {
    FieldCipher cipher = new FieldCipher(KeyRing.parse("k1:" + K1, "k1"));
    Sealed sealed = cipher.seal(bytes("095178001234"), HERE);

    assertThatIllegalStateException().isThrownBy(() -> cipher.open(sealed,
        "antq.members/person/bac-lieu/2/national_id"));
    byte[] altered = sealed.bytes().clone();
    altered[altered.length - 1] ^= 1;
    assertThatIllegalStateException().isThrownBy(() -> cipher.open(new Sealed("k1", altered), HERE));
  }

  @Test
  void badKeySettingsStopTheStartWithoutShowingAKey() {
    assertThatIllegalArgumentException().isThrownBy(() -> KeyRing.parse("", "k1")).withMessageContaining("no encryption keys");
    assertThatIllegalArgumentException().isThrownBy(() -> KeyRing.parse("k1:" + key("short"), "k1"))
        .withMessageContaining("32 bytes");
    assertThatIllegalArgumentException().isThrownBy(() -> KeyRing.parse("k1:" + K1, "k9"))
        .withMessageContaining("active key").withMessageNotContaining(K1);
    assertThatIllegalArgumentException().isThrownBy(() -> KeyRing.parse("k1:" + K1 + ",k1:" + K2, "k1"))
        .withMessageContaining("twice");
    assertThatIllegalArgumentException().isThrownBy(() -> new BlindIndex(key("too-short"))).withMessageContaining("32");
  }

  @Test
  void theIndexIsStableWithinAProvinceAndDiffersAcrossProvinces() {
    BlindIndex index = new BlindIndex(K1);
    assertThat(index.of("bac-lieu", "095178001234")).isEqualTo(index.of("bac-lieu", "095178001234"))
        .isNotEqualTo(index.of("ca-mau", "095178001234"));
    assertThat(new BlindIndex(K2).of("bac-lieu", "095178001234")).isNotEqualTo(index.of("bac-lieu", "095178001234"));
  }

  private static String key(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
