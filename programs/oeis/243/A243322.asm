; A243322: Number of simple connected graphs with n nodes that are distance regular and Eulerian.
; Formula: a(n) = truncate((n-2+(n-2))/12)+sqrtnint((n-2)*(n-2+(n-2)),4)
; 1,0,1,1,2,2,2,3,4,4

#offset 1

sub $0,2
mov $1,$0
add $0,$1
mul $1,$0
nrt $1,4
div $0,12
add $0,$1
