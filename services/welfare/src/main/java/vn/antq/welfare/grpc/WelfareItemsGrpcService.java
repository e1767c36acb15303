package vn.antq.welfare.grpc;

import io.grpc.stub.StreamObserver;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.antq.core.Page;
import vn.antq.grpc.contract.PageTokens;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.grpc.contract.RequestIds;
import vn.antq.grpc.contract.ResourceNames;
import vn.antq.welfare.domain.ItemFilter;
import vn.antq.welfare.domain.ItemLedger;
import vn.antq.welfare.domain.WelfareItem;
import vn.antq.welfare.domain.WelfareKind;
import vn.antq.welfare.domain.WelfareStatus;
import vn.antq.welfare.v1.CreateWelfareItemRequest;
import vn.antq.welfare.v1.GetWelfareItemRequest;
import vn.antq.welfare.v1.ListWelfareItemsRequest;
import vn.antq.welfare.v1.ListWelfareItemsResponse;
import vn.antq.welfare.v1.UpdateWelfareItemRequest;
import vn.antq.welfare.v1.WelfareItemsGrpc;

/** The welfare items contract: request shape and mapping; rules and transactions live in the domain. */
@Service
public class WelfareItemsGrpcService extends WelfareItemsGrpc.WelfareItemsImplBase {

  private static final String ITEMS = "welfareItems";

  private final ItemLedger ledger;

  public WelfareItemsGrpcService(ItemLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void createWelfareItem(CreateWelfareItemRequest request,
                                StreamObserver<vn.antq.welfare.v1.WelfareItem> response) {
    ResourceNames.province("parent", request.getParent());
    Replies.send(response, ItemMapper.toProto(
        ledger.create(ItemMapper.draft(request.getWelfareItem()), RequestIds.optional("request_id", request.getRequestId()))));
  }

  @Override
  public void getWelfareItem(GetWelfareItemRequest request, StreamObserver<vn.antq.welfare.v1.WelfareItem> response) {
    UUID id = ResourceNames.parse("name", request.getName(), ITEMS)[0];
    Replies.send(response, ItemMapper.toProto(ledger.get(id)));
  }

  @Override
  public void listWelfareItems(ListWelfareItemsRequest request, StreamObserver<ListWelfareItemsResponse> response) {
    ResourceNames.province("parent", request.getParent());
    ItemFilter filter = new ItemFilter(ProtoValues.domain(request.getKind(), WelfareKind.class, "kind"),
        ProtoValues.domain(request.getStatus(), WelfareStatus.class, "status"));
    Page<WelfareItem> page = ledger.list(filter, request.getPageSize(), PageTokens.decodeUuid(request.getPageToken()));
    Replies.send(response, ListWelfareItemsResponse.newBuilder()
        .addAllWelfareItems(page.items().stream().map(ItemMapper::toProto).toList())
        .setNextPageToken(PageTokens.encode(page.nextCursor()))
        .setTotalSize(page.totalSize())
        .build());
  }

  @Override
  public void updateWelfareItem(UpdateWelfareItemRequest request,
                                StreamObserver<vn.antq.welfare.v1.WelfareItem> response) {
    vn.antq.welfare.v1.WelfareItem item = request.getWelfareItem();
    UUID id = ResourceNames.parse("welfare_item.name", item.getName(), ITEMS)[0];
    Replies.send(response, ItemMapper.toProto(ledger.update(id, ItemMapper.draft(item),
        UpdateMasks.fields(request.getUpdateMask(), item))));
  }
}
