package vn.antq.welfare.grpc;

import static vn.antq.grpc.contract.ProtoValues.orEmpty;

import vn.antq.grpc.contract.ProtoTime;
import vn.antq.grpc.contract.ProtoValues;
import vn.antq.welfare.domain.HouseWork;
import vn.antq.welfare.domain.ItemDraft;
import vn.antq.welfare.domain.QuantityUnit;
import vn.antq.welfare.domain.WelfareItem;
import vn.antq.welfare.domain.WelfareKind;
import vn.antq.welfare.domain.WelfareStatus;
import vn.antq.welfare.v1.WelfareItem.Builder;

/** Contract welfare items ↔ domain records. */
final class ItemMapper {

  private static final String PREFIX = "welfare_item.";

  private ItemMapper() {}

  static ItemDraft draft(vn.antq.welfare.v1.WelfareItem item) {
    return new ItemDraft(ProtoValues.domain(item.getKind(), WelfareKind.class, PREFIX + "kind"),
        ProtoValues.domain(item.getHouseWork(), HouseWork.class, PREFIX + "house_work"),
        item.getDisplayName(), item.getDescription(), item.getQuantity(),
        ProtoValues.domain(item.getUnit(), QuantityUnit.class, PREFIX + "unit"), item.getValue(),
        item.getCommune(), item.getDistrict(),
        ProtoValues.date(PREFIX + "start_date", item.hasStartDate(), item.getStartDate()),
        ProtoValues.date(PREFIX + "handover_date", item.hasHandoverDate(), item.getHandoverDate()),
        ProtoValues.domain(item.getStatus(), WelfareStatus.class, PREFIX + "status"),
        item.getModel(), item.getCampaign(), item.getBeneficiary());
  }

  static vn.antq.welfare.v1.WelfareItem toProto(WelfareItem item) {
    ItemDraft d = item.details();
    Builder builder = vn.antq.welfare.v1.WelfareItem.newBuilder()
        .setName("provinces/" + item.province() + "/welfareItems/" + item.id())
        .setKind(vn.antq.welfare.v1.WelfareKind.valueOf(d.kind().name()))
        .setDisplayName(d.displayName())
        .setDescription(d.description())
        .setQuantity(d.quantity())
        .setUnit(vn.antq.welfare.v1.QuantityUnit.valueOf(d.unit().name()))
        .setValue(d.value())
        .setCommune(d.commune())
        .setDistrict(d.district())
        .setStatus(vn.antq.welfare.v1.WelfareStatus.valueOf(d.status().name()))
        .setModel(orEmpty(d.model()))
        .setCampaign(orEmpty(d.campaign()))
        .setBeneficiary(orEmpty(d.beneficiary()))
        .setCreateTime(ProtoTime.timestamp(item.createTime()))
        .setUpdateTime(ProtoTime.timestamp(item.updateTime()));
    if (d.houseWork() != null) {
      builder.setHouseWork(vn.antq.welfare.v1.HouseWork.valueOf(d.houseWork().name()));
    }
    if (d.startDate() != null) {
      builder.setStartDate(ProtoTime.date(d.startDate()));
    }
    if (d.handoverDate() != null) {
      builder.setHandoverDate(ProtoTime.date(d.handoverDate()));
    }
    return builder.build();
  }
}
