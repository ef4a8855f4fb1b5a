; A332872: Number of ordered set partitions of {1..n} where no element of any block is greater than any element of a non-adjacent consecutive block.
; 1,1,3,10,34,116,396,1352,4616,15760

sub $0,1
sub $1,4
lpb $0
  sub $0,1
  sub $2,$1
  add $1,$1
  sub $1,$2
lpe
mov $0,$1
sub $0,-4
div $0,-4
add $0,1
