; A267654: Irregular triangle of palindromic subsequences. Every row has 2*n+1 terms. From the second row, there are only two alternated numbers: 2*n+4 and 2*n+2.
; 2,4,2,4,6,4,6,4,6,8,6,8,6,8,6,8,10,8,10,8,10,8,10,8,10,12,10,12,10,12,10,12,10,12,10,12,14,12,14,12,14,12,14,12,14,12,14,12,14,16,14,16,14,16,14,16,14,16,14,16,14,16,14,16

sub $0,1
sub $0,1
sub $0,1
add $0,4
add $0,$0
lpb $0
  add $1,$3
  add $2,$3
  min $1,-5
  sub $0,1
  sub $0,1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$2
sub $0,5
div $0,5
mul $0,2
add $0,2
