; A182531: Extremal graph numbers for a triangle with an edge off it.
; Formula: a(n) = truncate(((n-1)*(lodadif(-2,n-1)+4+(n-1))+2)/4)
; 0,1,3,4,6,9,12,16,20,25,30,36,42,49,56,64,72,81,90,100,110,121,132,144,156,169,182,196,210,225,240,256,272

#offset 1

sub $0,1
mov $1,-2
dif $1,$0
add $1,4
add $1,$0
mul $0,$1
add $0,2
div $0,4
