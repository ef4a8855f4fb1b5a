; A338824: Lexicographically earliest sequence of nonnegative integers such that for any distinct m and n, a(m) OR a(m+1) <> a(n) OR a(n+1) (where OR denotes the bitwise OR operator).
; 0,0,1,2,0,4,1,6,0,8,1,10,0,12,1,14,0,16,1,18,0,20,1,22,0,24,1,26,0,28,1,30,0,32,1,34,0,36,1,38,0,40,1,42,0,44,1,46,0,48,1,50,0,52,1,54,0,56,1,58,0,60,1,62,0,64,1,66,0,68,1,70,0,72,1,74

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  sub $2,$3
  trn $3,$2
  sub $3,2
  mul $3,-1
  sub $2,4
lpe
lpb $3
  sub $3,1
  mov $0,$2
  sub $0,-22
  div $0,-2
  sub $0,-5
  div $0,-2
lpe
mul $0,-5
add $0,20
sub $0,10
div $0,-5
