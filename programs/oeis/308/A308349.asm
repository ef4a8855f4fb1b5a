; A308349: Number of minimal unit-distance forbidden graph minors on n vertices.
; Formula: a(n) = 2*c(max(max(n-3,0)-3,0))-(max(n-3,0)-1==-1)-1, b(n) = 4*(b(n-1)+1), c(n) = c(n-1)+(b(n-1)+1), b(0) = 0, c(0) = 1
; 0,0,0,1,1,1,3,13,55

#offset 1

sub $0,3
max $0,0
sub $0,1
mov $1,$0
sub $0,2
mov $2,$0
mov $3,1
mov $0,0
lpb $2
  sub $2,1
  add $0,1
  add $3,$0
  mul $0,4
lpe
mov $0,$3
mul $0,2
equ $1,-1
mul $1,-1
add $0,$1
sub $0,1
