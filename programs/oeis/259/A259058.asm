; A259058: Numbers that are representable in at least two ways as sums of four distinct nonvanishing squares.
; 454,530,614,706,806,914,1030,1154,1286,1426,1574,1730,1894,2066,2246,2434,2630,2834,3046,3266,3494,3730,3974,4226,4486,4754,5030,5314,5606,5906,6214,6530,6854,7186,7526,7874,8230,8594,8966,9346,9734

add $0,9
sub $0,1
add $0,1
mul $0,3
pow $0,2
div $0,3
add $0,9
add $0,4
sub $0,13
add $0,9
div $0,3
mul $0,2
sub $0,168
mul $0,2
add $0,454
