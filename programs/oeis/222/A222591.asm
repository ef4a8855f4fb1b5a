; A222591: Numerators of (n*(n - 3)/6) + 1, arising as the maximum possible number of triple lines for an n-element set.
; Formula: a(n) = lodadif(binomial(n-1,2)+2,3)
; 1,5,8,4,17,23,10,38,47,19,68,80,31,107,122,46,155,173,64,212,233,85,278,302,109,353,380,136,437,467,166,530,563,199,632,668,235,743,782,274,863,905,316,992,1037,361,1130,1178,409,1277,1328

#offset 3

sub $0,1
bin $0,2
add $0,2
dif $0,3
