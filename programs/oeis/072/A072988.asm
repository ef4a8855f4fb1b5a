; A072988: Coefficient of the highest power of q in the expansion of nu(0)=1, nu(1)=b and for n>=2, nu(n)=b*nu(n-1)+lambda*(n-1)_q*nu(n-2) with (b,lambda)=(3,1), where (n)_q=(1+q+...+q^(n-1)) and q is a root of unity.
; 1,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3,10,3

add $0,1
sub $0,1
mov $4,$0
sub $0,1
mod $0,2
add $3,5
lpb $0
  sub $0,1
  add $3,1
  add $3,$3
lpe
mov $0,$3
sub $0,3
add $0,1
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
