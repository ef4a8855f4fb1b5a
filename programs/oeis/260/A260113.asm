; A260113: Maximum number of queens on an n X n chessboard such that no queen attacks more than one other queen.
; 1,2,3,4,5,8,9,10,12,13,14,16,17,18,20,21,22,24,25,26,28,29,30,32,33,34,36,37,38,40

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
add $3,1
add $0,1
sub $0,1
add $0,3
sub $2,1
mov $1,$0
lpb $1
  add $3,$2
  gcd $1,1
  lpb $0
    sub $0,1
    sub $2,$3
    div $2,-2
    mov $1,$2
    add $3,1
  lpe
lpe
mov $0,$3
sub $0,2
add $0,1
add $0,2
sub $0,2
add $0,1
