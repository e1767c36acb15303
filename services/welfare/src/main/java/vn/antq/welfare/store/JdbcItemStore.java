package vn.antq.welfare.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.antq.core.EarlierRequest;
import vn.antq.core.Page;
import vn.antq.persistence.Rows;
import vn.antq.welfare.domain.HouseWork;
import vn.antq.welfare.domain.ItemDraft;
import vn.antq.welfare.domain.ItemFilter;
import vn.antq.welfare.domain.ItemLinks;
import vn.antq.welfare.domain.ItemStore;
import vn.antq.welfare.domain.Links;
import vn.antq.welfare.domain.QuantityUnit;
import vn.antq.welfare.domain.WelfareItem;
import vn.antq.welfare.domain.WelfareKind;
import vn.antq.welfare.domain.WelfareStatus;

/** SQL for welfare items. No query filters by province: row-level security does, on every statement. */
@Repository
public class JdbcItemStore implements ItemStore {

  private static final String COLUMNS = """
      province, id, kind, house_work, display_name, description, quantity, unit, value_vnd, commune, district,
      start_date, handover_date, status, model_id, campaign_id, beneficiary_id, create_time, update_time""";

  private static final RowMapper<WelfareItem> ITEM = (rs, i) -> {
    String province = rs.getString("province");
    ItemDraft details = new ItemDraft(WelfareKind.valueOf(rs.getString("kind")),
        Rows.enumOrNull(HouseWork.class, rs.getString("house_work")), rs.getString("display_name"),
        rs.getString("description"), rs.getLong("quantity"), QuantityUnit.valueOf(rs.getString("unit")),
        rs.getLong("value_vnd"), rs.getString("commune"), rs.getString("district"), Rows.date(rs, "start_date"),
        Rows.date(rs, "handover_date"), WelfareStatus.valueOf(rs.getString("status")),
        Links.model(province, Rows.uuid(rs, "model_id")), Links.campaign(province, rs.getString("campaign_id")),
        Links.beneficiary(province, Rows.uuid(rs, "beneficiary_id")));
    return new WelfareItem(Rows.uuid(rs, "id"), province, details, Rows.instant(rs, "create_time"),
        Rows.instant(rs, "update_time"));
  };

  private final JdbcClient jdbc;

  public JdbcItemStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<WelfareItem> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM welfare_item WHERE id = ?").param(id).query(ITEM).optional();
  }

  @Override
  public Optional<WelfareItem> findForUpdate(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM welfare_item WHERE id = ? FOR UPDATE").param(id).query(ITEM).optional();
  }

  @Override
  public Optional<EarlierRequest> findByRequest(String requestId) {
    return jdbc.sql("SELECT id, request_hash FROM welfare_item WHERE request_id = ?").param(requestId)
        .query((rs, i) -> new EarlierRequest(Rows.uuid(rs, "id"), rs.getString("request_hash"))).optional();
  }

  @Override
  public boolean insert(UUID id, String province, ItemDraft item, ItemLinks links, String requestId,
                        String fingerprint) {
    return jdbc.sql("""
            INSERT INTO welfare_item (province, id, kind, house_work, display_name, description, quantity, unit,
                                      value_vnd, commune, district, start_date, handover_date, status, model_id,
                                      campaign_id, beneficiary_id, request_id, request_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (province, request_id) WHERE request_id IS NOT NULL DO NOTHING""")
        .params(province, id, item.kind().name(), Rows.nameOrNull(item.houseWork()), item.displayName(),
            item.description(), item.quantity(), item.unit().name(), item.value(), item.commune(), item.district(),
            item.startDate(), item.handoverDate(), item.status().name(), links.modelId(), links.campaignId(),
            links.beneficiaryId(), requestId, fingerprint)
        .update() == 1;
  }

  @Override
  public void update(UUID id, ItemDraft item, ItemLinks links) {
    jdbc.sql("""
            UPDATE welfare_item SET kind = ?, house_work = ?, display_name = ?, description = ?, quantity = ?,
                                    unit = ?, value_vnd = ?, commune = ?, district = ?, start_date = ?,
                                    handover_date = ?, status = ?, model_id = ?, campaign_id = ?, beneficiary_id = ?,
                                    update_time = now()
            WHERE id = ?""")
        .params(item.kind().name(), Rows.nameOrNull(item.houseWork()), item.displayName(), item.description(),
            item.quantity(), item.unit().name(), item.value(), item.commune(), item.district(), item.startDate(),
            item.handoverDate(), item.status().name(), links.modelId(), links.campaignId(), links.beneficiaryId(), id)
        .update();
  }

  @Override
  public Page<WelfareItem> list(ItemFilter filter, int pageSize, UUID after) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.kind() != null) {
      where.append(" AND kind = ?");
      params.add(filter.kind().name());
    }
    if (filter.status() != null) {
      where.append(" AND status = ?");
      params.add(filter.status().name());
    }
    int total = jdbc.sql("SELECT count(*) FROM welfare_item" + where).params(params).query(Integer.class).single();
    if (after != null) {
      where.append(" AND id > ?");
      params.add(after);
    }
    params.add(pageSize + 1);
    List<WelfareItem> rows = jdbc.sql("SELECT " + COLUMNS + " FROM welfare_item" + where + " ORDER BY id LIMIT ?")
        .params(params).query(ITEM).list();
    return Rows.page(rows, pageSize, total, WelfareItem::id);
  }
}
