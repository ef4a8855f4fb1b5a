; A332872: Number of ordered set partitions of {1..n} where no element of any block is greater than any element of a non-adjacent consecutive block.
; 1,1,3,10,34,116,396,1352,4616,15760

add $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  add $3,$3
  trn $3,$2
  sub $2,$3
  sub $2,4
lpe
add $3,$3
trn $3,$2
mov $0,$3
div $0,8
add $0,1
