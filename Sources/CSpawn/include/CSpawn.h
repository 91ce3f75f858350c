#ifndef CSPAWN_H
#define CSPAWN_H
#include <spawn.h>

/// pipe2(fds, O_CLOEXEC): both ends close on exec, with no window for another thread's spawn.
int cspawn_pipe_cloexec(int fds[2]);

/// posix_spawn_file_actions_addchdir_np, a GNU extension Swift's Glibc module does not export.
int cspawn_file_actions_addchdir(posix_spawn_file_actions_t *actions, const char *path);

/// renameat2(…, RENAME_EXCHANGE): swaps two paths in one step, for the output folder's swap.
int cspawn_rename_exchange(const char *first, const char *second);

/// accept4(fd, NULL, NULL, SOCK_CLOEXEC): a connection no spawned child inherits, with no window.
int cspawn_accept_cloexec(int fd);

#endif
