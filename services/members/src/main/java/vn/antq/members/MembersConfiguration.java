package vn.antq.members;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.antq.members.domain.AccessRecordStore;
import vn.antq.members.domain.CountPublisher;
import vn.antq.members.domain.FigureStore;
import vn.antq.members.domain.GroupDirectory;
import vn.antq.members.domain.MemberCounts;
import vn.antq.members.domain.MembershipService;
import vn.antq.members.domain.MembershipStore;
import vn.antq.members.domain.PersonAccess;
import vn.antq.members.domain.PersonService;
import vn.antq.members.domain.PersonStore;
import vn.antq.members.domain.ReportFigures;
import vn.antq.members.domain.TallyStore;
import vn.antq.members.domain.Transactions;
import vn.antq.members.grpc.CallContextBackground;
import vn.antq.members.protect.BlindIndex;
import vn.antq.members.protect.FieldCipher;
import vn.antq.members.protect.KeyRing;
import vn.antq.members.roster.ImportRunner;
import vn.antq.members.roster.ImportService;
import vn.antq.members.roster.ImportStore;

@Configuration(proxyBeanMethods = false)
class MembersConfiguration {

  /** Dates such as "today" (no birth date in the future, no membership joined tomorrow) are Vietnam's. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  /** Fails the start-up without valid keys: data must never be written unprotected or unreadable later. */
  @Bean
  FieldCipher fieldCipher(MembersProperties properties) {
    return new FieldCipher(KeyRing.parse(properties.protection().keys(), properties.protection().activeKey()));
  }

  @Bean
  BlindIndex blindIndex(MembersProperties properties) {
    return new BlindIndex(properties.protection().indexKey());
  }

  @Bean
  Transactions transactions(PlatformTransactionManager manager) {
    return new SpringTransactions(manager);
  }

  @Bean
  ReportFigures reportFigures(FigureStore store, Transactions transactions) {
    return new ReportFigures(store, transactions);
  }

  @Bean
  PersonAccess personAccess(MembersProperties properties, AccessRecordStore records) {
    return new PersonAccess(properties.privacy().unmaskRoles(), records);
  }

  @Bean
  PersonService personService(PersonStore store, PersonAccess access, Transactions transactions, Clock clock) {
    return new PersonService(store, access, transactions, clock);
  }

  @Bean
  MemberCounts memberCounts(TallyStore tallies, CountPublisher publisher, Transactions transactions) {
    return new MemberCounts(tallies, publisher, transactions);
  }

  @Bean
  MembershipService membershipService(PersonStore persons, MembershipStore memberships, MemberCounts counts,
                                      GroupDirectory groups, Transactions transactions, Clock clock) {
    return new MembershipService(persons, memberships, counts, groups, transactions, clock);
  }

  @Bean
  CallContextBackground importBackground(MembersProperties properties) {
    return new CallContextBackground(properties.imports().concurrent(), "member-import-");
  }

  @Bean
  ImportService importService(ImportStore store, PersonStore persons, MembershipStore memberships,
                              MemberCounts counts, GroupDirectory groups, CallContextBackground background,
                              Transactions transactions, Clock clock, MembersProperties properties) {
    ImportRunner runner = new ImportRunner(store, persons, memberships, counts, groups, transactions, clock,
        properties.imports().maxRows());
    return new ImportService(store, runner, background, transactions, clock,
        properties.imports().maxFileSize().toBytes());
  }
}
