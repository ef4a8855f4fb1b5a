; A131649: Number of distinct improper 2-coloring of edges for odd-order cyclic graphs.
; 4,8,16,32,54,82,116,156,202,254,312,376,446,522,604,692,786,886,992,1104,1222,1346,1476,1612,1754,1902,2056,2216,2382,2554,2732,2916,3106,3302,3504,3712,3926,4146,4372,4604,4842,5086,5336,5592,5854

#offset 3

sub $0,3
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,3
lpe
mul $0,$2
div $0,-1
add $0,1
sub $0,-1
sub $0,2
mul $0,-1
sub $0,13
div $0,2
add $0,4
sub $0,-6
add $0,3
sub $0,7
mul $0,2
add $0,4
