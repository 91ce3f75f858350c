#include <zip.h>
#include <errno.h>
#include <unistd.h>
#include <string.h>

/* A zip source that writes a new archive straight into a file descriptor the caller opened and
   closes. libzip's own file source writes a temporary file and renames it; the temporary name comes
   from OpenSSL's random generator, whose start-up costs more than zipping a small book, and the
   rename buys nothing where the caller already writes into a staging folder. Never read: the
   archive is new (ZIP_SOURCE_STAT says there is none), so libzip only writes, seeks and tells.
   zip_open_from_source still wants a writable source to claim the reading commands too, so
   ZIP_SOURCE_SUPPORTS claims them and the callback refuses them.

   libzip writes an entry as a header, its name and its data, then seeks back to rewrite the header
   and forward again: seven system calls an entry, a thousand for the sample's six books. The sink
   keeps the bytes since its last flush in a buffer and tracks the position itself, so seeks and
   rewrites inside the buffer cost nothing; a write elsewhere flushes first, and one larger than
   the buffer goes straight to the file. Every write names its offset (pwrite). */
typedef struct {
    int fd;
    int removed;  /* libzip asked to remove the archive: it has no entries */
    zip_error_t error;
    unsigned char *buffer;  /* `capacity` bytes; the file's bytes from `buffer_start`, `buffered` long */
    zip_uint64_t capacity, buffer_start, buffered;
    zip_uint64_t position, size;  /* where the next write goes; the archive's length so far */
} assemble_zip_sink;

static inline int assemble_zip_sink_put(assemble_zip_sink *sink, const unsigned char *bytes, zip_uint64_t length, zip_uint64_t offset) {
    zip_uint64_t done = 0;
    while (done < length) {
        ssize_t written = pwrite(sink->fd, bytes + done, length - done, (off_t)(offset + done));
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            zip_error_set(&sink->error, ZIP_ER_WRITE, written < 0 ? errno : ENOSPC);
            return -1;
        }
        done += (zip_uint64_t)written;
    }
    return 0;
}

static inline int assemble_zip_sink_flush(assemble_zip_sink *sink) {
    if (sink->buffered == 0) return 0;
    zip_uint64_t count = sink->buffered;
    sink->buffered = 0;
    return assemble_zip_sink_put(sink, sink->buffer, count, sink->buffer_start);
}

static inline zip_int64_t assemble_zip_sink_write(assemble_zip_sink *sink, const unsigned char *bytes, zip_uint64_t length) {
    zip_uint64_t position = sink->position;
    int fits = sink->buffered > 0 && position >= sink->buffer_start && position <= sink->buffer_start + sink->buffered
               && position - sink->buffer_start + length <= sink->capacity;
    if (!fits) {
        if (assemble_zip_sink_flush(sink) != 0) return -1;
        sink->buffer_start = position;
    }
    if (!fits && length >= sink->capacity) {
        if (assemble_zip_sink_put(sink, bytes, length, position) != 0) return -1;
    } else {
        zip_uint64_t end = position - sink->buffer_start + length;
        if (length > 0) memcpy(sink->buffer + (position - sink->buffer_start), bytes, length);
        if (end > sink->buffered) sink->buffered = end;
    }
    sink->position = position + length;
    if (sink->position > sink->size) sink->size = sink->position;
    return (zip_int64_t)length;
}

static inline zip_int64_t assemble_zip_sink_callback(void *userdata, void *data, zip_uint64_t length, zip_source_cmd_t command) {
    assemble_zip_sink *sink = userdata;
    switch (command) {
    case ZIP_SOURCE_SUPPORTS:
        return ZIP_SOURCE_SUPPORTS_WRITABLE;
    case ZIP_SOURCE_STAT:
        zip_error_set(&sink->error, ZIP_ER_READ, ENOENT);  /* libzip's sign of a new archive */
        return -1;
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&sink->error, data, length);
    case ZIP_SOURCE_BEGIN_WRITE:
        sink->position = sink->size = sink->buffer_start = sink->buffered = 0;
        return 0;
    case ZIP_SOURCE_COMMIT_WRITE:
        return assemble_zip_sink_flush(sink);
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_WRITE:
        return assemble_zip_sink_write(sink, data, length);
    case ZIP_SOURCE_SEEK_WRITE: {
        zip_source_args_seek_t *args = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, length, &sink->error);
        if (args == NULL) return -1;
        zip_int64_t base = args->whence == SEEK_SET ? 0
                         : args->whence == SEEK_CUR ? (zip_int64_t)sink->position
                         : args->whence == SEEK_END ? (zip_int64_t)sink->size : -1;
        if (base < 0 || base + args->offset < 0) {
            zip_error_set(&sink->error, ZIP_ER_SEEK, EINVAL);
            return -1;
        }
        sink->position = (zip_uint64_t)(base + args->offset);
        return 0;
    }
    case ZIP_SOURCE_TELL_WRITE:
        return (zip_int64_t)sink->position;
    case ZIP_SOURCE_ROLLBACK_WRITE:
        sink->buffered = 0;
        return 0;  /* a close that fails: the caller removes the file */
    case ZIP_SOURCE_REMOVE:
        sink->removed = 1;  /* the caller removes the file once it is closed */
        return 0;
    default:
        zip_error_set(&sink->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}
