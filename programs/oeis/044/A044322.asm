; A044322: Numbers n such that the string 7,8 occurs in the base 9 representation of n but not of n-1.
; 71,152,233,314,395,476,557,638,719,800,881,962,1043,1124,1205,1286,1367,1448,1529,1610,1691,1772,1853,1934,2015,2096,2177,2258,2339,2420,2501,2582,2663,2744,2825,2906,2987,3068,3149

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,2
mov $3,$0
add $2,$3
mul $2,10
mov $0,$2
div $0,10
mul $0,81
sub $0,10
add $0,81
