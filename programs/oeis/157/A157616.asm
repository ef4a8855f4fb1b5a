; A157616: On an n X n board, a(n) is the maximal number of squares covered by a self-avoiding path that starts from a corner and is made of alternated vertical and horizontal unitary steps.
; 1,4,6,14,18,32,38,58,66,92,102,134

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $2,1
mov $1,$0
lpb $1
  add $3,$2
  sub $1,2
  lpb $0
    equ $2,$0
    sub $3,-1
    sub $0,1
    sub $2,$3
    div $2,-2
    add $2,$2
    add $3,1
  lpe
lpe
mov $0,$3
add $0,1
