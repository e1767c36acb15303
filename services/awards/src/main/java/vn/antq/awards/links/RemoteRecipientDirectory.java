package vn.antq.awards.links;

import io.grpc.StatusRuntimeException;
import java.util.function.Supplier;
import vn.antq.awards.domain.Links;
import vn.antq.awards.domain.Recipient;
import vn.antq.awards.domain.RecipientDirectory;
import vn.antq.awards.domain.Verification;
import vn.antq.core.Tenant;
import vn.antq.grpc.client.CallSafety;
import vn.antq.grpc.client.RemoteCalls;
import vn.antq.members.v1.GetPersonRequest;
import vn.antq.members.v1.MembersGrpc.MembersBlockingStub;
import vn.antq.registry.v1.GetGroupRequest;
import vn.antq.registry.v1.GetModelRequest;
import vn.antq.registry.v1.ModelRegistryGrpc.ModelRegistryBlockingStub;

/**
 * Checks a recipient's links with the services that own them — models and groups with the registry,
 * members with the members service — with the caller's own token (forwarded by libs/grpc), through
 * {@link RemoteCalls}. A service that cannot answer makes the recipient UNVERIFIED, never an error:
 * the nomination is kept and checked again later.
 */
public class RemoteRecipientDirectory implements RecipientDirectory {

  static final String REGISTRY = "registry";
  static final String MEMBERS = "members";
  private final RemoteCalls remote;
  private final ModelRegistryBlockingStub registry;
  private final MembersBlockingStub members;

  public RemoteRecipientDirectory(RemoteCalls remote, ModelRegistryBlockingStub registry, MembersBlockingStub members) {
    this.remote = remote;
    this.registry = registry;
    this.members = members;
  }

  @Override
  public Check check(Recipient recipient) {
    String province = Tenant.province();
    String name = null;
    if (recipient.group() != null) {
      Check group = ask(REGISTRY, "nomination.recipient.group", () -> remote.call(REGISTRY, CallSafety.IDEMPOTENT,
          registry, s -> s.getGroup(GetGroupRequest.newBuilder().setName(recipient.group()).build()).getDisplayName()));
      if (group.verification() != Verification.VERIFIED) {
        return group;
      }
      name = group.name();
    } else if (recipient.modelId() != null) {
      String model = Links.model(province, recipient.modelId());
      Check found = ask(REGISTRY, "nomination.recipient.model", () -> remote.call(REGISTRY, CallSafety.IDEMPOTENT,
          registry, s -> s.getModel(GetModelRequest.newBuilder().setName(model).build()).getDisplayName()));
      if (found.verification() != Verification.VERIFIED) {
        return found;
      }
      name = found.name();
    }
    if (recipient.personId() != null) {
      String person = Links.person(province, recipient.personId());
      Check found = ask(MEMBERS, "nomination.recipient.person", () -> remote.call(MEMBERS, CallSafety.IDEMPOTENT,
          members, s -> s.getPerson(GetPersonRequest.newBuilder().setName(person).build()).getFullName()));
      if (found.verification() != Verification.VERIFIED) {
        return found;
      }
      name = found.name();
    }
    return new Check(Verification.VERIFIED, name, null);
  }

  private static Check ask(String target, String field, Supplier<String> call) {
    try {
      return new Check(Verification.VERIFIED, call.get(), null);
    } catch (StatusRuntimeException e) {
      if (RemoteCalls.isAbsent(e)) {
        return new Check(Verification.NOT_FOUND, null, field);
      }
      // Down, slow, or refused by RemoteCalls (breaker open, bulkhead full): asked again later.
      return new Check(Verification.UNVERIFIED, null, field);
    }
  }
}
