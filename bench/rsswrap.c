/* rsswrap RESULT PROGRAM ARGS...: run PROGRAM, then write "STATUS MAXRSS_KIB\n" to RESULT.
 *
 * STATUS is the exit status, or minus the signal that killed it; MAXRSS_KIB is ru_maxrss from
 * wait4.  bench/bench.py runs the assemblers through this small process because Linux carries
 * the RSS high-water mark of the process that forks (a Python interpreter of 20+ MiB) into
 * the child's ru_maxrss across exec; forked from here, the floor is this program's ~1 MiB. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
	if (argc < 3) {
		fputs("usage: rsswrap RESULT PROGRAM [ARGS...]\n", stderr);
		return 2;
	}
	pid_t pid = fork();
	if (pid < 0) {
		perror("rsswrap: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror("rsswrap: exec");
		_exit(127);
	}
	int wstatus = 0;
	struct rusage ru;
	if (wait4(pid, &wstatus, 0, &ru) < 0) {
		perror("rsswrap: wait4");
		return 2;
	}
	FILE *out = fopen(argv[1], "w");
	if (!out) {
		perror("rsswrap: result file");
		return 2;
	}
	int status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -WTERMSIG(wstatus);
	fprintf(out, "%d %ld\n", status, ru.ru_maxrss);
	return fclose(out) == 0 ? 0 : 2;
}
