package vn.antq.registry.remote;

import io.grpc.StatusRuntimeException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.antq.core.DomainException;
import vn.antq.core.Tenant;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.members.v1.CountMembersRequest;
import vn.antq.members.v1.MembersGrpc;
import vn.antq.registry.domain.MemberCount;
import vn.antq.registry.domain.MemberCountSource;

/** Member counts from the members service, asked with the caller's own token (forwarded by libs/grpc). */
@Component
public class MembersCountClient implements MemberCountSource {

  static final String TARGET = "members";

  private final RemoteCalls remote;
  private final MembersGrpc.MembersBlockingStub members;

  public MembersCountClient(RemoteCalls remote, GrpcChannelFactory channels) {
    this.remote = remote;
    this.members = MembersGrpc.newBlockingStub(channels.createChannel(TARGET));
  }

  @Override
  public List<MemberCount> countsOf(Collection<UUID> groupIds) {
    CountMembersRequest request = CountMembersRequest.newBuilder()
        .setParent("provinces/" + Tenant.province())
        .addAllGroupIds(groupIds.stream().map(UUID::toString).toList())
        .build();
    try {
      return remote.call(TARGET, CallSafety.IDEMPOTENT, members, stub -> stub.countMembers(request))
          .getGroupsList().stream()
          .map(group -> new MemberCount(UUID.fromString(group.getGroupId()), group.getActiveMembers(), group.getVersion()))
          .toList();
    } catch (StatusRuntimeException e) {
      if (RemoteCalls.isTransient(e)) {
        throw RemoteCalls.unavailable(TARGET, e);
      }
      throw new DomainException.FailedPrecondition("the members service refused to count: " + e.getStatus().getCode());
    }
  }
}
