package org.safeshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every body type of /api/v1 is published in the OpenAPI document under a name of its own, with exactly its JSON
 * properties (ADR 0022). The document names a schema by the record's simple name unless {@code @Schema(name = ...)} says
 * otherwise, so two records of one simple name in two modules collapse into one schema and a client generated from the
 * document gets the wrong shape for one of them.
 */
@SafeshareTest
class OpenApiSchemaNamesTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping endpoints;

    /**
     * Names two records may share because they are one shape on purpose: the legitimate interests tests are the same three
     * texts in a decision and in an information request's response, published as one schema since before either had its
     * own record. The test holds them to the same components, so that they cannot drift apart under the one name.
     */
    private static final Set<String> ONE_SHAPE_ON_PURPOSE = Set.of("LegitimateInterestsTests");

    @Test
    void noTwoBodyTypesArePublishedUnderOneSchemaName() {
        Map<String, Set<Class<?>>> typesByName = bodyTypes().stream().collect(Collectors.groupingBy(OpenApiSchemaNamesTest::schemaName,
                TreeMap::new, Collectors.toSet()));
        Map<String, Set<String>> shared = new TreeMap<>();
        typesByName.forEach((name, types) -> {
            boolean oneShape = ONE_SHAPE_ON_PURPOSE.contains(name) && types.stream().map(OpenApiSchemaNamesTest::components).distinct().count() == 1;
            if (types.size() > 1 && !oneShape) {
                shared.put(name, types.stream().map(OpenApiSchemaNamesTest::shortName).collect(Collectors.toCollection(TreeSet::new)));
            }
        });
        assertThat(shared).as("schema names published for more than one Java type").isEmpty();
    }

    /** The fields of the bodies that once shared a name with another, under their own names, as the JSON has always spelled them. */
    @Test
    void theBodiesThatSharedANameKeepTheirFieldsUnderNamesOfTheirOwn() throws Exception {
        JsonNode schemas = openApi().path("components").path("schemas");
        Map<String, String> expected = Map.of(
                "NewAddressJson", "line1 line2 postcode town",
                "AddressJson", "current line1 line2 postcode town",
                "ConsentCorrection", "reason terms",
                "DecisionCorrection", "decision facts reason",
                "AgreementBody", "dpiaReference endsOn informationCategories lawfulBases parties purposes reviewOn signatories startsOn title",
                "NotDoneAgreementBody", "agree reason");
        expected.forEach((name, fields) -> assertThat(new TreeSet<>(schemas.path(name).path("properties").propertyNames())).as(name)
                .isEqualTo(new TreeSet<>(List.of(fields.split(" ")))));
    }

    @Test
    void everyBodyTypesSchemaHasExactlyItsJsonProperties() throws Exception {
        JsonNode schemas = openApi().path("components").path("schemas");
        Map<String, String> differences = new TreeMap<>();
        for (Class<?> type : bodyTypes()) {
            JsonNode schema = schemas.path(schemaName(type));
            Set<String> published = schema.isMissingNode() ? Set.of("(no schema)") : new TreeSet<>(schema.path("properties").propertyNames());
            Set<String> onTheWire = jsonProperties(type);
            if (!published.equals(onTheWire)) {
                differences.put(shortName(type),
                        "schema " + schemaName(type) + " has " + published + ", the JSON has " + onTheWire);
            }
        }
        assertThat(differences).isEmpty();
    }

    private JsonNode openApi() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The records of our own that an /api/v1 endpoint takes or returns, and the records they hold, as in {@code ApiBodiesTest}. */
    private Set<Class<?>> bodyTypes() {
        Deque<Type> todo = new ArrayDeque<>();
        endpoints.getHandlerMethods().forEach((mapping, handler) -> {
            if (mapping.getPatternValues().stream().anyMatch(path -> path.startsWith("/api/v1/"))) {
                todo.addAll(bodiesOf(handler));
            }
        });
        Set<Class<?>> found = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            switch (type) {
                case ParameterizedType p -> {
                    todo.push(p.getRawType());
                    Arrays.stream(p.getActualTypeArguments()).forEach(todo::push);
                }
                case GenericArrayType a -> todo.push(a.getGenericComponentType());
                case WildcardType w -> Arrays.stream(w.getUpperBounds()).forEach(todo::push);
                case Class<?> c when c.isArray() -> todo.push(c.getComponentType());
                case Class<?> c when isObjectOfOurs(c) -> {
                    if (found.add(c)) {
                        holds(c).forEach(todo::push);
                    }
                }
                default -> { }
            }
        }
        return found;
    }

    private static Set<Type> bodiesOf(HandlerMethod handler) {
        Method method = handler.getMethod();
        Set<Type> bodies = new HashSet<>();
        bodies.add(method.getGenericReturnType());
        for (int i = 0; i < method.getParameterCount(); i++) {
            if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
                bodies.add(method.getGenericParameterTypes()[i]);
            }
        }
        return bodies;
    }

    private static boolean isObjectOfOurs(Class<?> type) {
        return type.getName().startsWith("org.safeshare.") && !type.isEnum() && !type.isPrimitive();
    }

    private static Set<Type> holds(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getGenericType).collect(Collectors.toSet());
        }
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getGenericType)
                .collect(Collectors.toSet());
    }

    /** A record's components, each named with its type: two records with the same are one shape. */
    private static List<String> components(Class<?> type) {
        return type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName() + ": " + c.getGenericType().getTypeName()).toList()
                : List.of(type.getName());
    }

    private static String shortName(Class<?> type) {
        return type.getName().replace("org.safeshare.", "");
    }

    /** The name springdoc publishes a type under: its {@code @Schema} name, or else its simple name. */
    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
    }

    /**
     * The properties the application's JSON mapper writes and reads for the type, as its own introspection finds them (its
     * naming, {@code @JsonProperty} and {@code @JsonIgnore} included), not as the record's component names.
     */
    private Set<String> jsonProperties(Class<?> type) {
        Set<String> properties = new TreeSet<>();
        BeanDescription written = json._serializationContext().introspectBeanDescription(json.constructType(type));
        BeanDescription read = json._deserializationContext().introspectBeanDescription(json.constructType(type));
        for (BeanDescription description : new BeanDescription[] {written, read}) {
            description.findProperties().stream().map(BeanPropertyDefinition::getName).forEach(properties::add);
        }
        return properties;
    }
}
