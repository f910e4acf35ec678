# The two commands a newcomer needs: `make start` and `make test`.
.PHONY: setup start test

setup:
	@bash scripts/setup.sh

start: setup
	@bash scripts/start.sh

test: setup
	@bash scripts/test.sh
