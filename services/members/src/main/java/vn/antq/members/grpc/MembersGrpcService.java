package vn.antq.members.grpc;

import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import vn.antq.core.Tenant;
import vn.antq.core.VietnameseText;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.RequestIds;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.members.domain.GroupPath;
import vn.antq.members.domain.MemberCounts;
import vn.antq.members.domain.MembershipService;
import vn.antq.members.domain.Page;
import vn.antq.members.domain.Person;
import vn.antq.members.domain.PersonQuery;
import vn.antq.members.domain.PersonService;
import vn.antq.members.domain.ReportFigures;
import vn.antq.members.v1.CountMembersRequest;
import vn.antq.members.v1.CountMembersResponse;
import vn.antq.members.v1.CreateMembershipRequest;
import vn.antq.members.v1.CreatePersonRequest;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.GroupMemberCount;
import vn.antq.members.v1.ListAccessRecordsRequest;
import vn.antq.members.v1.ListAccessRecordsResponse;
import vn.antq.members.v1.ListModelMemberFiguresRequest;
import vn.antq.members.v1.ListModelMemberFiguresResponse;
import vn.antq.members.v1.ModelMemberFigures;
import vn.antq.members.v1.ListMembershipChangesRequest;
import vn.antq.members.v1.ListMembershipChangesResponse;
import vn.antq.members.v1.ListMembershipsRequest;
import vn.antq.members.v1.ListMembershipsResponse;
import vn.antq.members.v1.ListPersonsRequest;
import vn.antq.members.v1.ListPersonsResponse;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.members.v1.Membership;
import vn.antq.members.v1.UpdateMembershipRequest;
import vn.antq.members.v1.UpdatePersonRequest;

/**
 * The members contract: request shape and mapping only. Rules and transaction boundaries live in
 * the domain (some operations call the registry and must not hold a transaction meanwhile).
 */
@Service
public class MembersGrpcService extends MembersGrpc.MembersImplBase {

  private final PersonService persons;
  private final MembershipService memberships;
  private final MemberCounts counts;
  private final ReportFigures reports;

  public MembersGrpcService(PersonService persons, MembershipService memberships, MemberCounts counts,
                            ReportFigures reports) {
    this.persons = persons;
    this.memberships = memberships;
    this.counts = counts;
    this.reports = reports;
  }

  @Override
  public void createPerson(CreatePersonRequest request, StreamObserver<vn.antq.members.v1.Person> response) {
    ResourceNames.parse("parent", request.getParent());
    reply(response, () -> MembersMapper.toProto(Tenant.province(),
        persons.create(MembersMapper.draft(request.getPerson()), RequestIds.optional("request_id", request.getRequestId()))));
  }

  @Override
  public void getPerson(GetPersonRequest request, StreamObserver<vn.antq.members.v1.Person> response) {
    UUID id = ResourceNames.parse("name", request.getName(), "persons")[0];
    reply(response, () -> MembersMapper.toProto(Tenant.province(),
        persons.get(id, MembersMapper.view(request.getView()), request.getPurpose())));
  }

  @Override
  public void listPersons(ListPersonsRequest request, StreamObserver<ListPersonsResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    PersonQuery query = new PersonQuery(VietnameseText.fold(request.getText()),
        request.getModel().isEmpty() ? null : GroupPath.parseModel("model", request.getModel()),
        request.getGroup().isEmpty() ? null : GroupPath.parse("group", request.getGroup()).groupId(),
        VietnameseText.fold(request.getCommune()));
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      Page<Person> page = persons.list(query, request.getPageSize(), cursor, MembersMapper.view(request.getView()),
          request.getPurpose());
      return ListPersonsResponse.newBuilder()
          .addAllPersons(page.items().stream().map(p -> MembersMapper.toProto(Tenant.province(), p)).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .setTotalSize(page.totalSize())
          .build();
    });
  }

  @Override
  public void updatePerson(UpdatePersonRequest request, StreamObserver<vn.antq.members.v1.Person> response) {
    UUID id = ResourceNames.parse("person.name", request.getPerson().getName(), "persons")[0];
    List<String> fields = request.hasUpdateMask() && request.getUpdateMask().getPathsCount() > 0
        ? request.getUpdateMask().getPathsList() : PersonService.MUTABLE;
    reply(response, () -> MembersMapper.toProto(Tenant.province(),
        persons.update(id, MembersMapper.draft(request.getPerson()), fields)));
  }

  @Override
  public void createMembership(CreateMembershipRequest request, StreamObserver<Membership> response) {
    UUID person = ResourceNames.parse("parent", request.getParent(), "persons")[0];
    Membership membership = request.getMembership();
    reply(response, () -> MembersMapper.toProto(Tenant.province(), memberships.create(person, membership.getGroup(),
        MembersMapper.role(membership.getRole()),
        ProtoTime.date("membership.joined_date", membership.hasJoinedDate() ? membership.getJoinedDate() : null),
        RequestIds.optional("request_id", request.getRequestId()))));
  }

  @Override
  public void listMemberships(ListMembershipsRequest request, StreamObserver<ListMembershipsResponse> response) {
    UUID person = ResourceNames.parse("parent", request.getParent(), "persons")[0];
    reply(response, () -> ListMembershipsResponse.newBuilder()
        .addAllMemberships(memberships.list(person).stream()
            .map(m -> MembersMapper.toProto(Tenant.province(), m)).toList())
        .build());
  }

  @Override
  public void updateMembership(UpdateMembershipRequest request, StreamObserver<Membership> response) {
    Membership membership = request.getMembership();
    UUID[] ids = ResourceNames.parse("membership.name", membership.getName(), "persons", "memberships");
    List<String> fields = request.hasUpdateMask() && request.getUpdateMask().getPathsCount() > 0
        ? request.getUpdateMask().getPathsList() : MembershipService.MUTABLE;
    reply(response, () -> MembersMapper.toProto(Tenant.province(), memberships.update(ids[0], ids[1],
        MembersMapper.role(membership.getRole()), MembersMapper.status(membership.getStatus()),
        ProtoTime.date("membership.joined_date", membership.hasJoinedDate() ? membership.getJoinedDate() : null),
        ProtoTime.date("membership.left_date", membership.hasLeftDate() ? membership.getLeftDate() : null),
        fields)));
  }

  @Override
  public void listMembershipChanges(ListMembershipChangesRequest request,
                                    StreamObserver<ListMembershipChangesResponse> response) {
    UUID[] ids = ResourceNames.parse("parent", request.getParent(), "persons", "memberships");
    reply(response, () -> ListMembershipChangesResponse.newBuilder()
        .addAllChanges(memberships.changes(ids[0], ids[1]).stream().map(MembersMapper::toProto).toList())
        .build());
  }

  @Override
  public void countMembers(CountMembersRequest request, StreamObserver<CountMembersResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    List<UUID> groups = ResourceNames.ids("group_ids", request.getGroupIdsList());
    reply(response, () -> {
      MemberCounts.Summary summary = counts.read(groups);
      return CountMembersResponse.newBuilder()
          .addAllGroups(summary.groups().stream().map(count -> GroupMemberCount.newBuilder()
              .setGroupId(count.groupId().toString()).setActiveMembers(count.activeMembers())
              .setVersion(count.version()).build()).toList())
          .setActiveMemberships(summary.activeMemberships())
          .setMembers(summary.members())
          .build();
    });
  }

  @Override
  public void listAccessRecords(ListAccessRecordsRequest request, StreamObserver<ListAccessRecordsResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    UUID person = request.getPerson().isEmpty() ? null
        : ResourceNames.parseInProvince("person", request.getPerson(), "persons")[0];
    String cursor = PageTokens.decode(request.getPageToken());
    reply(response, () -> {
      var page = persons.accessRecords(person, request.getPageSize(), cursor);
      return ListAccessRecordsResponse.newBuilder()
          .addAllRecords(page.items().stream().map(r -> MembersMapper.toProto(Tenant.province(), r)).toList())
          .setNextPageToken(PageTokens.encode(page.nextCursor()))
          .build();
    });
  }

  @Override
  public void listModelMemberFigures(ListModelMemberFiguresRequest request,
                                     StreamObserver<ListModelMemberFiguresResponse> response) {
    ResourceNames.parse("parent", request.getParent());
    List<UUID> models = ResourceNames.ids("model_ids", request.getModelIdsList());
    var from = ProtoTime.date("period_start", request.getPeriodStart());
    var to = ProtoTime.date("period_end", request.getPeriodEnd());
    reply(response, () -> ListModelMemberFiguresResponse.newBuilder()
        .addAllModels(reports.forModels(models, from, to).stream().map(figures -> ModelMemberFigures.newBuilder()
            .setModelId(figures.model().toString()).setMembers(figures.members())
            .setJoinedInPeriod(figures.joinedInPeriod()).build()).toList())
        .build());
  }

  private static <T> void reply(StreamObserver<T> response, Supplier<T> work) {
    response.onNext(work.get());
    response.onCompleted();
  }
}
