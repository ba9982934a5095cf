package io.briefs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;

/** One rule for a mail address: the configuration's sender, --from and recipient lists once differed. */
class MailAddressTest {
  @Test
  void anAddressHasALocalPartAndADomain() throws Exception {
    assertThat(MailAddress.parse(" Research <briefs@example.com> ").getAddress()).isEqualTo("briefs@example.com");
    assertThat(MailAddress.parse("briefs@example.com").getPersonal()).isNull();
    for (String bad : new String[] {"briefs@", "@example.com", "briefs", "not an address", "a@b@c"}) {
      assertThatThrownBy(() -> MailAddress.parse(bad)).as(bad).isInstanceOf(AddressException.class);
    }
  }
}
