package vn.antq.gateway.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.api.AnnotationsProto;
import com.google.api.HttpRule;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.TimestampProto;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.antq.api.v1.Access;
import vn.antq.api.v1.AccessProto;
import vn.antq.gateway.testing.v1.LibraryOuterClass;

class HttpRuleIndexTest {

  private final HttpRuleIndex registry = HttpRuleIndex.of(ProtoCatalog.load("antq/descriptors.pb").files());
  private final HttpRuleIndex library = HttpRuleIndex.of(List.of(LibraryOuterClass.getDescriptor()));

  /**
   * Two services claiming one verb and path would silently route every request to the first found
   * (as awards' and the registry's "provinces/{p}/nominations" once did): every route belongs to one method.
   */
  @Test
  void noTwoMethodsOfTheContractsShareAVerbAndPath() {
    Map<String, List<String>> methods = registry.bindings().stream().collect(Collectors.groupingBy(
        binding -> binding.verb() + " " + binding.template().toString()
            .replaceAll("\\{[^}=]+=([^}]*)}", "$1").replaceAll("\\{[^}]+}", "*"),
        Collectors.mapping(binding -> binding.method().getFullName(), Collectors.toList())));
    assertThat(methods).isNotEmpty().allSatisfy((route, owners) -> assertThat(owners).as(route).hasSize(1));
    assertThat(methods).containsKey("GET /api/v1/provinces/*/awardNominations/*");
  }

  @Test
  void routesRegistryCallsByVerbAndTemplate() {
    assertFound(registry.lookup("GET", "/api/v1/provinces/bac-lieu/models"),
        "antq.registry.v1.ModelRegistry.ListModels", Map.of("parent", "provinces/bac-lieu"));
    assertFound(registry.lookup("POST", "/api/v1/provinces/bac-lieu/models"),
        "antq.registry.v1.ModelRegistry.CreateModel", Map.of("parent", "provinces/bac-lieu"));
    assertFound(registry.lookup("GET", "/api/v1/provinces/bac-lieu/models/m1"),
        "antq.registry.v1.ModelRegistry.GetModel", Map.of("name", "provinces/bac-lieu/models/m1"));
    assertFound(registry.lookup("PATCH", "/api/v1/provinces/bac-lieu/models/m1"),
        "antq.registry.v1.ModelRegistry.UpdateModel", Map.of("model.name", "provinces/bac-lieu/models/m1"));
    assertFound(registry.lookup("GET", "/api/v1/national/counts"),
        "antq.registry.v1.NationalRegistry.ListProvinceCounts", Map.of());
  }

  @Test
  void carriesTheBodyRuleAndAccessPolicy() {
    HttpBinding create = ((HttpRuleIndex.Found) registry.lookup("POST", "/api/v1/provinces/x/models")).binding();
    HttpBinding national = ((HttpRuleIndex.Found) registry.lookup("GET", "/api/v1/national/counts")).binding();

    assertThat(create.body()).isEqualTo("model");
    assertThat(create.access()).isEqualTo(Access.PROVINCE_WRITE);
    assertThat(national.body()).isEmpty();
    assertThat(national.access()).isEqualTo(Access.NATIONAL_READ);
  }

  @Test
  void everyRegistryRouteDeclaresAnAccessPolicy() {
    assertThat(registry.bindings()).isNotEmpty().allSatisfy(binding ->
        assertThat(binding.access()).isNotEqualTo(Access.ACCESS_UNSPECIFIED));
  }

  @Test
  void knownPathWithAnotherVerbIsNotAllowed() {
    assertThat(registry.lookup("DELETE", "/api/v1/provinces/bac-lieu/models/m1"))
        .isEqualTo(new HttpRuleIndex.MethodNotAllowed(Set.of("GET", "PATCH")));
  }

  @Test
  void unknownPathIsNotFound() {
    assertThat(registry.lookup("GET", "/api/v1/provinces/bac-lieu/awards"))
        .isInstanceOf(HttpRuleIndex.NotFound.class);
    assertThat(registry.lookup("GET", "/api/v1/provinces/bac-lieu")).isInstanceOf(HttpRuleIndex.NotFound.class);
  }

  @Test
  void additionalBindingsAndCustomVerbs() {
    assertFound(library.lookup("GET", "/v1/shelves/1/books/2"),
        "antq.testing.v1.Library.GetBook", Map.of("name", "shelves/1/books/2"));
    assertFound(library.lookup("GET", "/v1/archive/shelves/1/books/2"),
        "antq.testing.v1.Library.GetBook", Map.of("name", "shelves/1/books/2"));
    assertFound(library.lookup("POST", "/v1/shelves/1/books/2:publish"),
        "antq.testing.v1.Library.PublishBook", Map.of("name", "shelves/1/books/2"));
    assertFound(library.lookup("GET", "/v1/shelves/1/books"),
        "antq.testing.v1.Library.SearchBooks", Map.of("shelf.name", "shelves/1"));
  }

  @Test
  void methodWithoutAccessOptionIsUnspecified() {
    HttpBinding search = ((HttpRuleIndex.Found) library.lookup("GET", "/v1/shelves/1/books")).binding();

    assertThat(search.access()).isEqualTo(Access.ACCESS_UNSPECIFIED);
  }

  @Test
  void ruleNamingAFieldThatDoesNotExistStopsStartup() throws Exception {
    FileDescriptor broken = withGetBookRule(HttpRule.newBuilder().setGet("/v1/{title=*}").build());

    assertThatIllegalStateException().isThrownBy(() -> HttpRuleIndex.of(List.of(broken)))
        .withMessageContaining("GetBook");
  }

  @Test
  void unknownBodyFieldStopsStartup() throws Exception {
    FileDescriptor broken = withGetBookRule(HttpRule.newBuilder().setPost("/v1/{name=*}").setBody("nothing").build());

    assertThatIllegalStateException().isThrownBy(() -> HttpRuleIndex.of(List.of(broken)))
        .withMessageContaining("nothing");
  }

  private static FileDescriptor withGetBookRule(HttpRule rule) throws Exception {
    FileDescriptorProto.Builder proto = LibraryOuterClass.getDescriptor().toProto().toBuilder();
    proto.getServiceBuilder(0).getMethodBuilder(0).getOptionsBuilder().setExtension(AnnotationsProto.http, rule);
    return FileDescriptor.buildFrom(proto.build(), new FileDescriptor[] {
        AccessProto.getDescriptor(), AnnotationsProto.getDescriptor(), TimestampProto.getDescriptor()});
  }

  private static void assertFound(HttpRuleIndex.Lookup lookup, String method, Map<String, String> variables) {
    assertThat(lookup).isInstanceOf(HttpRuleIndex.Found.class);
    HttpRuleIndex.Found found = (HttpRuleIndex.Found) lookup;
    assertThat(found.binding().method().getFullName()).isEqualTo(method);
    assertThat(found.variables()).isEqualTo(variables);
  }
}
