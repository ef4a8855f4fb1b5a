; A067018: Start with a(0)=1, a(1)=4, a(2)=3, a(3)=2; for n>=3, a(n+1) = mex_i (nim-sum a(i)+a(n-i)), where mex means smallest nonnegative missing number.
; Formula: a(n) = max(max(n-1,0)-2,0)-max(n-1,0)+(-1)^max(max(n-1,0)-2,0)+(-3*(n==0))+3
; 1,4,3,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2,0,2

mov $1,$0
sub $0,1
max $0,0
mov $2,$0
sub $0,2
max $0,0
mov $3,-1
pow $3,$0
sub $0,$2
mov $2,$3
add $0,$2
equ $1,0
mul $1,-3
add $0,$1
add $0,3
