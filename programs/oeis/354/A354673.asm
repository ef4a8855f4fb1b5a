; A354673: Smallest number of unit cells that must be removed from an n X n square board in order to avoid any cycles.
; Formula: a(n) = truncate((lodamod((n-1)*(n-1)-3,4)+(n-1)*(n-1))/3)+1
; 0,1,2,4,6,10,13,18,22,28,34,42,49,58,66,76,86,98,109,122,134,148,162,178,193,210,226,244,262,282,301,322,342,364,386,410,433,458,482,508,534,562,589,618,646,676,706,738,769,802,834,868,902,938,973,1010,1046

#offset 1

sub $0,1
mul $0,$0
mov $1,$0
sub $0,3
mod $0,4
add $0,$1
div $0,3
sub $0,-1
