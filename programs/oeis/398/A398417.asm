; A398417: Minimum number of cycles whose length is a power of 2 over all connected cubic graphs on 2n vertices.
; Formula: a(n) = lodabin(3,n-4)*(2-(n-4))+3
; 3,3,5,6,3,2,3,3,3,3

#offset 2

sub $0,4
mov $1,3
mov $2,2
bin $1,$0
sub $2,$0
mul $1,$2
mov $0,$1
add $0,3
