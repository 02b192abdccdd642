package org.factcheck.evidence.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.common.ApiException;
import org.factcheck.common.ETags;
import org.factcheck.common.PageRequest;
import org.factcheck.common.PageResponse;
import org.factcheck.evidence.importer.ImportFormat;
import org.factcheck.evidence.importer.ImportMode;
import org.factcheck.evidence.importer.ImportReport;
import org.factcheck.evidence.importer.ImportService;
import org.factcheck.evidence.service.EvidenceService;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/evidence")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    @Inject
    EvidenceService service;

    @Inject
    ImportService importer;

    @GET
    @Operation(summary = "Search evidence",
            description = "Full-text search (PostgreSQL websearch syntax: words, \"quoted phrases\", -exclusions) over "
                    + "metric, place, source title and quote: the 1,000 newest matches best match first, then older "
                    + "matches newest first (one order whatever the page size); without q, newest first. Filters: "
                    + "place (name, alias or ONS code), metric (fuzzy), and a period overlapping from..to. Counting "
                    + "stops at 1,000 matches (totalExact false).")
    @APIResponse(responseCode = "200", description = "One page of evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidencePage.class),
                    examples = @ExampleObject(name = "Jewish population of Barnet", value = EvidenceExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public PageResponse<EvidenceResponse> search(
            @Parameter(description = "Words to look for", example = "jewish population")
            @Size(max = 500) @RestQuery String q,
            @Parameter(description = "Place name, alias or ONS code", example = "Barnet")
            @Size(max = 200) @RestQuery String place,
            @Parameter(description = "Metric, fuzzy", example = "Jewish population share") @Size(max = 300)
            @RestQuery String metric,
            @Parameter(description = "Period ends on or after this day", example = "2011-01-01") @RestQuery LocalDate from,
            @Parameter(description = "Period starts on or before this day", example = "2011-12-31") @RestQuery LocalDate to,
            @Parameter(description = "Zero-based page", example = "0") @RestQuery Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "20") @RestQuery Integer size) {
        return service.search(q, place, metric, from, to, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an evidence record", description = "One record with its place and source; the ETag is "
            + "its version, for If-Match on replace.")
    @APIResponse(responseCode = "200", description = "The record",
            headers = @Header(name = "ETag", description = "The record's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceResponse.class),
                    examples = @ExampleObject(name = "Met officers", value = EvidenceExamples.RESPONSE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<EvidenceResponse> get(@RestPath long id) {
        EvidenceResponse found = service.get(id).orElseThrow(() -> notFound(id));
        return RestResponse.ResponseBuilder.ok(found).header(HttpHeaders.ETAG, etag(found)).build();
    }

    @POST
    @Operation(summary = "Add an evidence record",
            description = "Stores one statistic. The place is resolved against the gazetteer (an unknown one is "
                    + "added with kind unknown; a name and code that disagree are refused); an identical source is "
                    + "not stored twice. One record per metric, place and period.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceRequest.class),
            examples = @ExampleObject(name = "Met officers, 30 September 2017", value = EvidenceExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "The record's version, for If-Match on a later PUT",
                        schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceResponse.class),
                    examples = @ExampleObject(name = "created", value = EvidenceExamples.RESPONSE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<EvidenceResponse> create(@Valid @NotNull EvidenceRequest request) {
        EvidenceResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<EvidenceResponse>created(URI.create("/api/v1/evidence/" + created.id()))
                .entity(created).header(HttpHeaders.ETAG, etag(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an evidence record",
            description = "Replaces every field of the record. With If-Match (the ETag from a read), a record changed "
                    + "meanwhile is not overwritten: 412.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceRequest.class),
            examples = @ExampleObject(name = "Met officers, 30 September 2017", value = EvidenceExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The record as stored now",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceResponse.class),
                    examples = @ExampleObject(name = "replaced", value = EvidenceExamples.RESPONSE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", description = "If-Match does not match the stored version",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RestResponse<EvidenceResponse> replace(@RestPath long id,
            @Parameter(description = "ETag of the version being replaced", example = "\"0\"")
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull EvidenceRequest request) {
        EvidenceResponse replaced = service.replace(id, request, ETags.version(ifMatch, "record", "3")).orElseThrow(() -> notFound(id));
        return RestResponse.ResponseBuilder.ok(replaced).header(HttpHeaders.ETAG, etag(replaced)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an evidence record", description = "Removes the record; its place and source stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<Void> delete(@RestPath long id) {
        if (!service.delete(id)) {
            throw notFound(id);
        }
        return RestResponse.noContent();
    }

    @POST
    @Path("/import")
    @Consumes({CSV, NDJSON})
    @Operation(summary = "Bulk-import evidence (CSV or NDJSON)",
            description = "Streams the file into PostgreSQL through COPY. CSV: a header row naming the fields "
                    + "(metric, place, placeCode, periodStart, periodEnd, periodLabel, value, unit, sourceTitle, "
                    + "sourcePublisher, sourceUrl, sourcePublishedOn or sourceId, quote, notes; RFC 4180 quoting, "
                    + "fields may hold commas and newlines). NDJSON: one JSON object per line with the same fields. "
                    + "onError=fail (default) imports nothing if any record is bad and lists every bad record with "
                    + "its line; onError=skip imports the good records and reports the rest.")
    @RequestBody(content = {
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "Home Office workforce", value = EvidenceExamples.CSV)),
        @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "Census 2011", value = EvidenceExamples.NDJSON))})
    @APIResponse(responseCode = "200", description = "What was imported (and, with onError=skip, what was not)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "imported", value = EvidenceExamples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "Bad records (onError=fail): nothing was imported",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "bad rows", value = EvidenceExamples.IMPORT_REJECTED)))
    public ImportReport importFile(
            @Parameter(description = "fail: all or nothing; skip: import the good records", example = "fail",
                    schema = @Schema(enumeration = {"fail", "skip"}))
            @RestQuery String onError,
            @RestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        ImportMode mode = ImportMode.parse(onError);
        ImportFormat format = contentType != null && contentType.toLowerCase().startsWith(NDJSON)
                ? ImportFormat.NDJSON : ImportFormat.CSV;
        return importer.importStream(body, format, mode);
    }

    private static String etag(EvidenceResponse e) {
        return "\"" + e.version() + "\"";
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("no evidence with id " + id);
    }
}
