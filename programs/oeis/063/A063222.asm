; A063222: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 58 ).
; Formula: a(n) = n-1+truncate((n+1+(n-1))/3)+truncate((n+1+(n-1))/3)+(n-1+truncate((n+1+(n-1))/3)+truncate((n+1+(n-1))/3))+(n-1==0)+1
; 2,7,13,15,21,27,29,35,41,43,49,55,57,63,69,71,77,83,85,91,97,99,105,111,113,119,125,127,133,139,141,147,153,155,161,167,169,175,181,183,189,195,197,203,209,211,217,223,225,231

#offset 1

sub $0,1
mov $1,$0
mov $2,$0
add $2,2
add $2,$1
div $2,3
add $0,$2
add $0,$2
mov $2,$0
equ $1,0
add $0,$2
add $0,$1
add $0,1
