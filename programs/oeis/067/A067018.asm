; A067018: Start with a(0)=1, a(1)=4, a(2)=3, a(3)=2; for n>=3, a(n+1) = mex_i (nim-sum a(i)+a(n-i)), where mex means smallest nonnegative missing number.
; 1,4,3,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2

mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,2
lpe
mov $0,$1
lpb $1
  sub $1,1
  sub $0,-1
lpe
mul $0,-1
add $0,2
mov $3,$2
equ $3,0
mul $3,-3
add $0,$3
