package vn.antq.gateway.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.antq.gateway.testing.v1.Genre;
import vn.antq.gateway.testing.v1.LibraryOuterClass;
import vn.antq.gateway.testing.v1.PublishBookRequest;
import vn.antq.gateway.testing.v1.SearchBooksRequest;
import vn.antq.registry.v1.CreateModelRequest;
import vn.antq.registry.v1.ListModelsRequest;
import vn.antq.registry.v1.ModelStatus;
import vn.antq.registry.v1.Sector;
import vn.antq.registry.v1.UpdateModelRequest;

class RequestBinderTest {

  private static final ProtoCatalog CATALOG = ProtoCatalog.load("antq/descriptors.pb");
  private static final HttpRuleIndex REGISTRY = HttpRuleIndex.of(CATALOG.files());
  private static final HttpRuleIndex LIBRARY = HttpRuleIndex.of(List.of(LibraryOuterClass.getDescriptor()));

  private final RequestBinder binder = new RequestBinder(JsonFormat.parser());

  @Test
  void queryParametersBindScalarsEnumsRepeatedAndNestedFields() throws Exception {
    SearchBooksRequest request = bind(LIBRARY, "GET", "/v1/shelves/s1/books",
        query("tags=thơ", "tags=sử", "genres=POETRY", "genres=HISTORY", "min_pages=300", "inPrint=true",
            "filter.author=Nguyễn Du", "filter.year=1820", "publishedAfter=2024-01-01T00:00:00Z"),
        "", SearchBooksRequest.newBuilder());

    assertThat(request.getShelf().getName()).isEqualTo("shelves/s1");
    assertThat(request.getTagsList()).containsExactly("thơ", "sử");
    assertThat(request.getGenresList()).containsExactly(Genre.POETRY, Genre.HISTORY);
    assertThat(request.getMinPages()).isEqualTo(300);
    assertThat(request.getInPrint()).isTrue();
    assertThat(request.getFilter().getAuthor()).isEqualTo("Nguyễn Du");
    assertThat(request.getFilter().getYear()).isEqualTo(1820);
    assertThat(request.getPublishedAfter()).isEqualTo(Timestamp.newBuilder().setSeconds(1704067200).build());
  }

  @Test
  void registryListQuery() throws Exception {
    ListModelsRequest request = bind(REGISTRY, "GET", "/api/v1/provinces/bac-lieu/models",
        query("pageSize=20", "status=ACTIVE", "sector=FISHERMEN", "text=ngu dan"), "", ListModelsRequest.newBuilder());

    assertThat(request).isEqualTo(ListModelsRequest.newBuilder().setParent("provinces/bac-lieu").setPageSize(20)
        .setStatus(ModelStatus.ACTIVE).setSector(Sector.FISHERMEN).setText("ngu dan").build());
  }

  @Test
  void unknownQueryParameterIsRejectedByName() {
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("colour=red"), "", "colour")
        .hasMessageContaining("unknown query parameter");
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("filter.colour=red"), "", "filter.colour");
  }

  @Test
  void badQueryValuesNameTheirField() {
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("filter.year=nineteen"), "", "filter.year");
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("genres=NOVEL"), "", "genres");
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("in_print=maybe"), "", "inPrint");
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("filter.year=1", "filter.year=2"), "", "filter.year");
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("labels=x"), "", "labels");
  }

  @Test
  void queryCannotOverrideThePathOrTheBody() {
    assertRejected(LIBRARY, "GET", "/v1/shelves/s1/books", query("shelf.name=shelves/s2"), "", "shelf.name")
        .hasMessageContaining("path");
    assertRejected(REGISTRY, "GET", "/api/v1/provinces/bac-lieu/models", query("parent=provinces/ca-mau"), "", "parent");
    assertRejected(REGISTRY, "POST", "/api/v1/provinces/bac-lieu/models", query("model.code=X"), "{}", "model.code")
        .hasMessageContaining("body");
    assertRejected(LIBRARY, "POST", "/v1/shelves/1/books/2:publish", query("edition=2"), "{}", "edition");
  }

  @Test
  void bodyFillsTheBodyFieldAndQueryTheRest() throws Exception {
    CreateModelRequest request = bind(REGISTRY, "POST", "/api/v1/provinces/bac-lieu/models", query("requestId=r-1"),
        "{\"code\":\"BL-NGUDAN-01\",\"displayName\":\"Tổ ngư dân tự quản về ANTT trên biển\",\"sector\":\"FISHERMEN\"}",
        CreateModelRequest.newBuilder());

    assertThat(request.getParent()).isEqualTo("provinces/bac-lieu");
    assertThat(request.getRequestId()).isEqualTo("r-1");
    assertThat(request.getModel().getDisplayName()).isEqualTo("Tổ ngư dân tự quản về ANTT trên biển");
    assertThat(request.getModel().getSector()).isEqualTo(Sector.FISHERMEN);
  }

  @Test
  void pathWinsOverTheBody() throws Exception {
    UpdateModelRequest update = bind(REGISTRY, "PATCH", "/api/v1/provinces/bac-lieu/models/m1",
        query("updateMask=displayName,status"), "{\"name\":\"provinces/ca-mau/models/x\",\"display_name\":\"Mới\"}",
        UpdateModelRequest.newBuilder());
    PublishBookRequest publish = bind(LIBRARY, "POST", "/v1/shelves/1/books/2:publish", query(),
        "{\"name\":\"shelves/9/books/9\",\"edition\":\"2\",\"book\":{\"title\":\"Truyện Kiều\"}}",
        PublishBookRequest.newBuilder());

    assertThat(update.getModel().getName()).isEqualTo("provinces/bac-lieu/models/m1");
    assertThat(update.getModel().getDisplayName()).isEqualTo("Mới");
    assertThat(update.getUpdateMask().getPathsList()).containsExactly("display_name", "status");
    assertThat(publish.getName()).isEqualTo("shelves/1/books/2");
    assertThat(publish.getEdition()).isEqualTo("2");
    assertThat(publish.getBook().getTitle()).isEqualTo("Truyện Kiều");
  }

  @Test
  void unknownOrMistypedBodyFieldsAreRejectedWithTheirPath() {
    assertRejected(REGISTRY, "POST", "/api/v1/provinces/x/models", query(), "{\"colour\":\"red\"}", "model.colour");
    assertRejected(REGISTRY, "POST", "/api/v1/provinces/x/models", query(),
        "{\"displayName\":\"a\",\"establishedDate\":{\"year\":\"soon\"}}", "model.establishedDate.year");
    assertRejected(LIBRARY, "POST", "/v1/shelves/1/books/2:publish", query(),
        "{\"book\":{\"tags\":[\"a\"],\"genre\":\"NOVEL\"}}", "book.genre");
    assertRejected(LIBRARY, "POST", "/v1/shelves/1/books/2:publish", query(), "{\"isbn\":\"1\"}", "isbn");
  }

  @Test
  void malformedOrUnexpectedBodies() {
    assertRejected(REGISTRY, "POST", "/api/v1/provinces/x/models", query(), "{\"displayName\":", null)
        .hasMessageContaining("not valid JSON");
    assertRejected(REGISTRY, "GET", "/api/v1/provinces/x/models", query(), "{}", null)
        .hasMessageContaining("no request body");
  }

  @SuppressWarnings("unchecked")
  private <T extends Message> T bind(HttpRuleIndex index, String verb, String path, MultiValueMap<String, String> query,
      String body, Message.Builder target) throws InvalidProtocolBufferException {
    HttpRuleIndex.Found found = (HttpRuleIndex.Found) index.lookup(verb, path);
    DynamicMessage message = binder.bind(found.binding(), found.variables(), query, body.getBytes(StandardCharsets.UTF_8));
    return (T) target.mergeFrom(message.toByteString()).build();
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(HttpRuleIndex index, String verb, String path,
      MultiValueMap<String, String> query, String body, String field) {
    HttpRuleIndex.Found found = (HttpRuleIndex.Found) index.lookup(verb, path);
    return assertThatThrownBy(() -> binder.bind(found.binding(), found.variables(), query,
            body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(BindingException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static MultiValueMap<String, String> query(String... pairs) {
    MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
    for (String pair : pairs) {
      String[] parts = pair.split("=", 2);
      query.add(parts[0], parts[1]);
    }
    return query;
  }
}
