; A260939: Thirteen primes in arithmetic progression with difference 60060 and minimal initial term.
; Formula: a(n) = 60060*n-55117
; 4943,65003,125063,185123,245183,305243,365303,425363,485423,545483,605543,665603,725663

#offset 1

mul $0,60060
sub $0,55117
