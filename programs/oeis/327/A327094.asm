; A327094: a(n) is the number of cells in the smallest polyomino that can contain all free n-ominoes.
; 0,1,2,4,6,9,12,17,20,26,31

sub $0,1
sub $1,$0
lpb $0
  sub $1,$2
  sub $0,1
  add $3,1
  mov $2,$0
  sub $1,$0
  mod $2,$3
  sub $0,1
lpe
mov $0,$1
sub $0,1
div $0,-1
