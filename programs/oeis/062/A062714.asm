; A062714: Minimal length of a sequence with terms from {1, 2, 3, ..., n} which contains, as a subsequence, each possible ordering of the n symbols 1, 2, 3, ..., n.
; 1,3,7,12,19,28,39,52,66

#offset 1

sub $0,1
add $0,1
mul $0,2
lpb $0
  sub $0,1
  sub $3,$0
lpe
mov $0,$3
mul $0,-1
sub $0,1
mul $0,3
div $0,7
add $0,1
