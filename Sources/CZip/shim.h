#include <zip.h>
#include <errno.h>
#include <unistd.h>

/* A zip source that writes a new archive straight into a file descriptor the caller opened and
   closes. libzip's own file source writes a temporary file and renames it; the temporary name comes
   from OpenSSL's random generator, whose start-up costs more than zipping a small book, and the
   rename buys nothing where the caller already writes into a staging folder. Never read: the
   archive is new (ZIP_SOURCE_STAT says there is none), so libzip only writes, seeks and tells.
   zip_open_from_source still wants a writable source to claim the reading commands too, so
   ZIP_SOURCE_SUPPORTS claims them and the callback refuses them. */
typedef struct {
    int fd;
    int removed;  /* libzip asked to remove the archive: it has no entries */
    zip_error_t error;
} assemble_zip_sink;

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
    case ZIP_SOURCE_COMMIT_WRITE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_WRITE: {
        const char *bytes = data;
        zip_uint64_t done = 0;
        while (done < length) {
            ssize_t written = write(sink->fd, bytes + done, length - done);
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) {
                zip_error_set(&sink->error, ZIP_ER_WRITE, written < 0 ? errno : ENOSPC);
                return -1;
            }
            done += (zip_uint64_t)written;
        }
        return (zip_int64_t)done;
    }
    case ZIP_SOURCE_SEEK_WRITE: {
        zip_source_args_seek_t *args = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, length, &sink->error);
        if (args == NULL) return -1;
        if (lseek(sink->fd, (off_t)args->offset, args->whence) < 0) {
            zip_error_set(&sink->error, ZIP_ER_SEEK, errno);
            return -1;
        }
        return 0;
    }
    case ZIP_SOURCE_TELL_WRITE: {
        off_t offset = lseek(sink->fd, 0, SEEK_CUR);
        if (offset < 0) {
            zip_error_set(&sink->error, ZIP_ER_TELL, errno);
            return -1;
        }
        return (zip_int64_t)offset;
    }
    case ZIP_SOURCE_ROLLBACK_WRITE:
        return 0;  /* a close that fails: the caller removes the file */
    case ZIP_SOURCE_REMOVE:
        sink->removed = 1;  /* the caller removes the file once it is closed */
        return 0;
    default:
        zip_error_set(&sink->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}
