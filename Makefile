# Builds and installs rapport the way Swift command-line tools do: a release binary with the
# Swift runtime linked statically, the shipped playbooks, shell completions and a man page.
#   make install                      # under /usr/local (may need sudo)
#   make install PREFIX=~/.local      # no root needed
#   make uninstall PREFIX=~/.local    # removes exactly what install put there
PREFIX ?= /usr/local
DESTDIR ?=
ROOT := $(DESTDIR)$(PREFIX)
BINDIR := $(ROOT)/bin
SHAREDIR := $(ROOT)/share/rapport
MANDIR := $(ROOT)/share/man/man1
BASHDIR := $(ROOT)/share/bash-completion/completions
ZSHDIR := $(ROOT)/share/zsh/site-functions
FISHDIR := $(ROOT)/share/fish/vendor_completions.d
SCRATCH := .build-install
BIN := $(SCRATCH)/release/rapport
PLAYBOOKS := $(wildcard playbooks/*.yaml)

.PHONY: all build install uninstall clean

all: build

build: $(BIN) $(SCRATCH)/rapport.1

$(BIN): Package.swift $(shell find Sources -name "*.swift" -o -name "*.c" -o -name "*.h")
	swift build -c release --product rapport --static-swift-stdlib --scratch-path $(SCRATCH)

# The manual from the command-line interface itself (swift-argument-parser's generate-manual).
# The plugin builds its own copy, so it gets its own scratch folder: the installed binary stays
# the statically linked one.
$(SCRATCH)/rapport.1: $(BIN)
	swift package --scratch-path $(SCRATCH)-manual plugin generate-manual >/dev/null
	cp "$$(find $(SCRATCH)-manual/plugins/GenerateManual -name "rapport.1" | head -n 1)" $@

install: build
	install -d "$(BINDIR)" "$(SHAREDIR)/playbooks" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 $(BIN) "$(BINDIR)/rapport"
	install -m 644 $(PLAYBOOKS) "$(SHAREDIR)/playbooks/"
	install -m 644 $(SCRATCH)/rapport.1 "$(MANDIR)/rapport.1"
	$(BIN) --generate-completion-script bash > "$(BASHDIR)/rapport"
	$(BIN) --generate-completion-script zsh > "$(ZSHDIR)/_rapport"
	$(BIN) --generate-completion-script fish > "$(FISHDIR)/rapport.fish"
	@echo "Installed rapport $$($(BIN) --version) under $(PREFIX). Run: rapport --help"

uninstall:
	rm -f "$(BINDIR)/rapport" "$(MANDIR)/rapport.1" "$(BASHDIR)/rapport" "$(ZSHDIR)/_rapport" "$(FISHDIR)/rapport.fish"
	rm -f $(addprefix "$(SHAREDIR)/playbooks/",$(notdir $(PLAYBOOKS)))
	-rmdir "$(SHAREDIR)/playbooks" "$(SHAREDIR)" 2>/dev/null

clean:
	rm -rf $(SCRATCH) $(SCRATCH)-manual
